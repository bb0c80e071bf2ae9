// Checks lifted operators on nullable values: arithmetic and bitwise operators propagate null, comparisons with null are false, == treats two nulls as equal, lifted bool & and | use three-valued logic, and compound assignment on int?.
static class Program
{
    static int s_a = 6;

    static int Main()
    {
        int? a = s_a, b = 4, n = null;
        if (a + b != 10 || a * b != 24 || a - b != 2 || a / b != 1 || a % b != 2) return 1;
        if ((a + n).HasValue || (n * b).HasValue || (-n).HasValue || (a << n).HasValue) return 2;
        if ((a & b) != 4 || (a | b) != 6 || (a ^ b) != 2 || ~a != -7) return 3;
        int? n3 = null;
        if (a < n || a > n || n < a || n <= n3 || n >= n3) return 4;
        if (!(n == null) || n != null || a == n) return 5;
        int? n2 = null;
        if (n != n2 || !(n == n2)) return 6;
        if (!(a > b) || !(b <= a) || a == b) return 7;
        bool? t = true, f = false, u = null;
        if ((t & u) != null || (f & u) != false || (t | u) != true || (f | u) != null) return 8;
        if ((t ^ u) != null || !(t & t).Value || (f | f).Value) return 9;
        int? acc = 0;
        for (int i = 1; i <= s_a; i++) acc += i;
        if (acc != 21) return 10;
        acc += n;
        if (acc.HasValue) return 11;
        long? widened = a;
        double? d = widened * 0.5;
        if (d != 3.0) return 12;
        return 100;
    }
}
