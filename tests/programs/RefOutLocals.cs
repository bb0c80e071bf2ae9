// Checks ref/out arguments that take the address of locals (ldloca): swap, out results, aliasing the same local twice, passing refs on.
static class Program
{
    static int s_a = 3;
    static int s_b = 4;

    static void Swap(ref int x, ref int y)
    {
        int t = x;
        x = y;
        y = t;
    }

    static bool DivMod(int a, int b, out int q, out int r)
    {
        if (b == 0)
        {
            q = 0;
            r = 0;
            return false;
        }
        q = a / b;
        r = a % b;
        return true;
    }

    static int AddBoth(ref int x, ref int y)
    {
        x += 1;
        y += 10;
        return x + y;
    }

    static void AddTwiceViaForward(ref int x)
    {
        Bump(ref x);
        Bump(ref x);
    }

    static void Bump(ref int x)
    {
        x++;
    }

    static int Main()
    {
        int a = s_a;
        int b = s_b;
        Swap(ref a, ref b);
        if (a != 4 || b != 3) return 1;
        int q, r;
        if (!DivMod(17, s_a, out q, out r) || q != 5 || r != 2) return 2;
        if (DivMod(17, s_a - 3, out q, out r) || q != 0 || r != 0) return 3;
        int c = s_a;
        int sum = AddBoth(ref c, ref c);
        if (c != 14 || sum != 28) return 4;
        int d = 0;
        AddTwiceViaForward(ref d);
        if (d != 2) return 5;
        long total = 0;
        for (int i = 0; i < 10; i++)
        {
            int qi, ri;
            DivMod(i * 7, 4, out qi, out ri);
            total += qi * 10 + ri;
        }
        if (total != Expected()) return 6;
        return 100;
    }

    static long Expected()
    {
        long t = 0;
        for (int i = 0; i < 10; i++)
            t += (i * 7 / 4) * 10 + (i * 7 % 4);
        return t;
    }
}
