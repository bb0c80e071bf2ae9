// Checks && and || evaluate left to right and skip the right operand exactly when the result is known; & and | on bools evaluate both.
static class Program
{
    static int s_log;

    static bool T(int id)
    {
        s_log = s_log * 10 + id;
        return true;
    }

    static bool F(int id)
    {
        s_log = s_log * 10 + id;
        return false;
    }

    static int Main()
    {
        s_log = 0;
        if (F(1) && T(2)) return 1;
        if (s_log != 1) return 2;
        s_log = 0;
        if (!(T(1) || F(2))) return 3;
        if (s_log != 1) return 4;
        s_log = 0;
        bool v = T(1) && F(2) || T(3) && T(4);
        if (!v || s_log != 1234) return 5;
        s_log = 0;
        v = F(1) || F(2) || F(3);
        if (v || s_log != 123) return 6;
        s_log = 0;
        v = F(1) & T(2);
        if (v || s_log != 12) return 7;
        s_log = 0;
        v = T(1) | F(2);
        if (!v || s_log != 12) return 8;
        s_log = 0;
        if ((F(1) || T(2)) && (T(3) || F(4)) && !(F(5) && T(6)))
            s_log = s_log * 10 + 9;
        if (s_log != 12359) return 9;
        s_log = 0;
        int n = 0;
        while (n < 3 && T(n + 1))
            n++;
        if (s_log != 123) return 10;
        s_log = 0;
        int r = (T(1) ? F(2) : T(3)) || T(4) ? 7 : 8;
        if (r != 7 || s_log != 124) return 11;
        return 100;
    }
}
