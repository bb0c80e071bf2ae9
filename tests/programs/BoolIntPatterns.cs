// Checks bool values produced by comparisons, stored in locals/fields, combined with & | ^ ! and turned into ints.
static class Program
{
    static bool s_flag;
    static int s_five = 5;

    static int ToInt(bool b)
    {
        return b ? 1 : 0;
    }

    static bool IsEven(int x)
    {
        return (x & 1) == 0;
    }

    static int Main()
    {
        bool t = s_five > 3;
        bool f = s_five < 3;
        if (ToInt(t) != 1 || ToInt(f) != 0) return 1;
        if ((t & f) || !(t | f) || !(t ^ f) || (t ^ t)) return 2;
        if (!t != f) return 3;
        if (t == f) return 4;
        if (s_flag) return 5;
        s_flag = s_five == 5;
        if (!s_flag) return 6;
        int count = 0;
        for (int i = 0; i < 10; i++)
            count += ToInt(IsEven(i));
        if (count != 5) return 7;
        bool acc = false;
        for (int i = 0; i < 5; i++)
            acc ^= IsEven(i);
        if (!acc) return 8;
        bool b = t;
        b &= f;
        if (b) return 9;
        b |= t;
        if (!b) return 10;
        int bits = (ToInt(t) << 2) | (ToInt(f) << 1) | ToInt(!f);
        if (bits != 5) return 11;
        bool eq = (s_five > 0) == (s_five > 1);
        if (!eq) return 12;
        bool ne = (s_five > 0) != (s_five > 10);
        if (!ne) return 13;
        return 100;
    }
}
