// Checks conversions between nullable types: implicit widening (int? to long?, to double?), explicit narrowing ((int)long?, (byte?)int?), nullable to non-nullable with a value, and conversions that preserve null.
static class Program
{
    static int s_v = 300;

    static int Main()
    {
        int? i = s_v;
        int? n = null;
        long? l = i;
        double? d = i;
        if (l != 300L || d != 300.0) return 1;
        long? ln = n;
        double? dn = n;
        if (ln.HasValue || dn.HasValue) return 2;
        byte? b = (byte?)i;
        if (b != 44) return 3;
        byte? bn = (byte?)n;
        if (bn.HasValue) return 4;
        int back = (int)l;
        if (back != 300) return 5;
        long? big = 1L << 33 | 5;
        int? truncated = (int?)big;
        if (truncated != 5) return 6;
        double? frac = 2.75;
        int? floored = (int?)frac;
        if (floored != 2) return 7;
        char? ch = (char?)(i - 235);
        if (ch != 'A') return 8;
        uint? u = (uint?)(n ?? -1);
        if (u != uint.MaxValue) return 9;
        return 100;
    }
}
