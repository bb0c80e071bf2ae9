// Checks pre/post increment and decrement on locals, static fields and ref parameters of several types, including their values.
static class Program
{
    static int s_i;
    static long s_l = -1;
    static double s_d = 0.5;
    static byte s_b = 255;

    static int PostInc(ref int x)
    {
        return x++;
    }

    static int PreDec(ref int x)
    {
        return --x;
    }

    static int Main()
    {
        int a = 10;
        int b = a++;
        int c = ++a;
        if (a != 12 || b != 10 || c != 12) return 1;
        int d = a-- + --a;
        if (d != 22 || a != 10) return 2;
        if (s_i++ != 0 || s_i != 1) return 3;
        if (++s_i != 2) return 4;
        if (s_l++ != -1 || s_l != 0) return 5;
        if (--s_l != -1) return 6;
        s_d++;
        if (s_d != 1.5) return 7;
        if (--s_d != 0.5) return 8;
        if (s_b++ != 255 || s_b != 0) return 9;
        int r = 5;
        if (PostInc(ref r) != 5 || r != 6) return 10;
        if (PreDec(ref r) != 5 || r != 5) return 11;
        float f = 16777216f;
        f++;
        if (f != 16777216f) return 12;
        uint u = 0;
        u--;
        if (u != uint.MaxValue) return 13;
        int x = 3;
        x = x++ + x++;
        if (x != 7) return 14;
        return 100;
    }
}
