// Checks float arithmetic rounds to float precision ((float)0.1 + (float)0.2 == 0.3f) while double does not (0.1 + 0.2 != 0.3).
static class Program
{
    static double s_a = 0.1;
    static double s_b = 0.2;
    static double s_c = 0.3;

    static int Main()
    {
        float fa = (float)s_a;
        float fb = (float)s_b;
        float fsum = fa + fb;
        if (fsum != 0.3f) return 1;
        if (s_a + s_b == s_c) return 2;
        if (s_a + s_b != 0.30000000000000004) return 3;
        if ((double)fsum == s_c) return 4;
        if ((double)fsum != 0.30000001192092896) return 5;
        if ((double)fa != 0.10000000149011612) return 6;
        if ((float)s_c != 0.3f) return 7;
        if ((double)(float)s_c == s_c) return 8;
        float third = (float)(1.0 / (s_c * 10.0 - 0.0000000000000004 * 0.0));
        if (third != 0.33333334f) return 9;
        double dthird = 1.0 / 3.0 + s_a * 0.0;
        if ((float)dthird != third) return 10;
        float tenth = 0.0f;
        for (int i = 0; i < 10; i++)
            tenth += fa;
        if (tenth != 1.0000001f) return 11;
        double dtenth = 0.0;
        for (int i = 0; i < 10; i++)
            dtenth += s_a;
        if (dtenth != 0.9999999999999999) return 12;
        return 100;
    }
}
