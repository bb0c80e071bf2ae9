// Checks int32 div/rem truncate toward zero with the remainder taking the dividend's sign, including int.MinValue cases that do not overflow.
static class Program
{
    static int s_seven = 7;
    static int s_two = 2;
    static int s_min = int.MinValue;
    static int s_max = int.MaxValue;

    static int Div(int a, int b)
    {
        return a / b;
    }

    static int Rem(int a, int b)
    {
        return a % b;
    }

    static int Main()
    {
        if (Div(s_seven, s_two) != 3) return 1;
        if (Div(-s_seven, s_two) != -3) return 2;
        if (Div(s_seven, -s_two) != -3) return 3;
        if (Div(-s_seven, -s_two) != 3) return 4;
        if (Rem(s_seven, s_two) != 1) return 5;
        if (Rem(-s_seven, s_two) != -1) return 6;
        if (Rem(s_seven, -s_two) != 1) return 7;
        if (Rem(-s_seven, -s_two) != -1) return 8;
        if (Div(s_min, 1) != int.MinValue) return 9;
        if (Div(s_min, s_two) != -1073741824) return 10;
        if (Div(s_min, s_max) != -1) return 11;
        if (Rem(s_min, s_max) != -1) return 12;
        if (Div(s_min, s_min) != 1) return 13;
        if (Rem(s_min, s_two) != 0) return 14;
        if (Rem(s_min, 3) != -2) return 15;
        if (Div(s_max, s_min) != 0) return 16;
        if (Rem(s_max, s_min) != int.MaxValue) return 17;
        if (Div(0, -s_seven) != 0) return 18;
        if (Rem(-6, 3) != 0) return 19;
        for (int a = -20; a <= 20; a++)
        {
            for (int b = -5; b <= 5; b++)
            {
                if (b == 0) continue;
                if (Div(a, b) * b + Rem(a, b) != a) return 20;
                if (Rem(a, b) != 0 && (Rem(a, b) < 0) != (a < 0)) return 21;
            }
        }
        return 100;
    }
}
