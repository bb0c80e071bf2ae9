// Checks in-range float/double->integer conversions truncate toward zero for every target type, including small ones and char.
static class Program
{
    static double s_d = 2.99;
    static float s_f = -2.99f;
    static double s_zero = 0.0;

    static int Main()
    {
        if ((int)s_d != 2) return 1;
        if ((int)-s_d != -2) return 2;
        if ((int)s_f != -2) return 3;
        if ((long)s_d != 2L) return 4;
        if ((long)s_f != -2L) return 5;
        if ((uint)s_d != 2u) return 6;
        if ((ulong)s_d != 2UL) return 7;
        if ((short)s_f != -2) return 8;
        if ((sbyte)s_f != -2) return 9;
        if ((byte)(s_d * 85.0) != 254) return 10;
        if ((ushort)(s_d * 20000.0) != 59800) return 11;
        if ((char)(s_d * 30.0) != 'Y') return 12;
        if ((sbyte)(-127.99 + s_zero) != -127) return 13;
        if ((short)(32767.99 + s_zero) != 32767) return 14;
        if ((int)(0.49999999999999994 + s_zero) != 0) return 15;
        if ((int)(-0.49999999999999994 + s_zero) != 0) return 16;
        if ((int)(1e-300 + s_zero) != 0) return 17;
        if ((long)(4503599627370495.5 + s_zero) != 4503599627370495L) return 18;
        if ((int)(2.5f + (float)s_zero) != 2) return 19;
        if ((int)(-3.5f + (float)s_zero) != -3) return 20;
        int total = 0;
        for (double x = -5.5; x <= 5.5; x += 1.0)
            total += (int)x;
        if (total != 0) return 21;
        return 100;
    }
}
