// Checks a large struct (16 longs plus smaller fields, over 140 bytes): copies by assignment, as argument and return value, inside arrays and objects, all field-for-field exact and independent.
struct Big
{
    public long A0, A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12, A13, A14, A15;
    public int I;
    public short S;
    public byte B;

    public long Checksum()
    {
        return A0 + 3 * A1 + 5 * A2 + 7 * A3 + 11 * A4 + 13 * A5 + 17 * A6 + 19 * A7 + 23 * A8 + 29 * A9
            + 31 * A10 + 37 * A11 + 41 * A12 + 43 * A13 + 47 * A14 + 53 * A15 + 59 * I + 61 * S + 67 * B;
    }
}

class Holder { public Big Value; }

static class Program
{
    static long s_seed = 1;

    static Big Make(long s)
    {
        Big b;
        b.A0 = s; b.A1 = s + 1; b.A2 = s + 2; b.A3 = s + 3; b.A4 = s + 4; b.A5 = s + 5; b.A6 = s + 6; b.A7 = s + 7;
        b.A8 = s + 8; b.A9 = s + 9; b.A10 = s + 10; b.A11 = s + 11; b.A12 = s + 12; b.A13 = s + 13; b.A14 = s + 14;
        b.A15 = s + 15; b.I = (int)s * 2; b.S = (short)-s; b.B = (byte)(s + 200);
        return b;
    }

    static Big Shift(Big b) { b.A0 = b.A15; b.A15 = 0; b.B = 1; return b; }

    static int Main()
    {
        Big x = Make(s_seed);
        long cx = x.Checksum();
        // sum of primes weights times (1 + k) plus the small fields
        long expect = 0;
        long[] w = { 1, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53 };
        for (int k = 0; k < 16; k++) expect += w[k] * (1 + k);
        expect += 59 * 2 + 61 * -1 + 67 * 201;
        if (cx != expect) return 1;
        Big y = x;
        y.A7 = 0;
        if (x.A7 != 8 || x.Checksum() != cx) return 2;
        Big z = Shift(x);
        if (x.A0 != 1 || x.A15 != 16 || z.A0 != 16 || z.A15 != 0 || z.B != 1 || z.A8 != 9) return 3;
        Big[] arr = new Big[4];
        for (int i = 0; i < arr.Length; i++) arr[i] = Make(s_seed * (i + 1));
        arr[2] = arr[3];
        arr[3].A14 = -1;
        if (arr[2].A14 != 18 || arr[3].A14 != -1 || arr[0].Checksum() != cx) return 4;
        Holder h = new Holder();
        h.Value = arr[1];
        h.Value.I = 999;
        if (arr[1].I != 4 || h.Value.I != 999 || h.Value.A15 != 17) return 5;
        return 100;
    }
}
