// Checks while/do-while/for loops: zero-trip loops, do-while running once, multi-variable for, unsigned countdown, long counters past 2^32.
static class Program
{
    static int s_zero = 0;
    static int s_ten = 10;

    static int Main()
    {
        int n = 0;
        while (n < s_zero)
            n++;
        if (n != 0) return 1;
        int runs = 0;
        do
        {
            runs++;
        } while (runs < s_zero);
        if (runs != 1) return 2;
        int i, j, steps = 0;
        for (i = 0, j = s_ten; i < j; i++, j--)
            steps++;
        if (steps != 5 || i != 5 || j != 5) return 3;
        int count = 0;
        for (uint u = (uint)s_ten; u-- > 0;)
            count++;
        if (count != 10) return 4;
        long iterations = 0;
        for (long l = 0xFFFFFFF0L; l < 0x100000010L; l += 1)
            iterations++;
        if (iterations != 32) return 5;
        int forever = 0;
        for (;;)
        {
            forever++;
            if (forever == s_ten) break;
        }
        if (forever != 10) return 6;
        int sum = 0;
        int k = s_ten;
        while (k-- > 0)
        {
            if ((k & 1) == 0) continue;
            sum += k;
        }
        if (sum != 25) return 7;
        int d = 0;
        int evens = 0;
        do
        {
            d++;
            if ((d & 1) == 1) continue;
            evens++;
        } while (d < s_ten);
        if (evens != 5) return 8;
        byte b = 250;
        int wraps = 0;
        while (b != 4)
        {
            b++;
            wraps++;
        }
        if (wraps != 10) return 9;
        double x = 0;
        int fl = 0;
        for (x = 0.0; x != 1.0 && fl < 100; x += 0.125)
            fl++;
        if (fl != 8) return 10;
        return 100;
    }
}
