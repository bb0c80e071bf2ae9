// Checks Func and Action with zero to four arguments, over static methods, instance methods and lambdas, with mixed argument types (int, long, string, bool, char, double).
class Recorder
{
    public long Log;
    public void Zero() { Log = Log * 10 + 1; }
    public void One(int a) { Log = Log * 10 + a; }
    public void Two(int a, long b) { Log = Log * 10 + a + b; }
    public void Three(int a, int b, int c) { Log = Log * 10 + a + b + c; }
    public void Four(int a, int b, int c, bool d) { Log = Log * 10 + (d ? a + b + c : 0); }
}

static class Program
{
    static int s_a = 2;
    static string s_s = "four";

    static int F0() { return 42; }
    static long F1(int a) { return (long)a << 32; }
    static string F2(string s, int n) { return n > 0 ? s + F2(s, n - 1) : ""; }
    static double F3(double x, double y, double z) { return x * y + z; }
    static char F4(string s, int i, bool upper, char fallback) { return i < s.Length ? (upper ? (char)(s[i] - 32) : s[i]) : fallback; }

    static int Main()
    {
        System.Func<int> f0 = F0;
        System.Func<int, long> f1 = F1;
        System.Func<string, int, string> f2 = F2;
        System.Func<double, double, double, double> f3 = F3;
        System.Func<string, int, bool, char, char> f4 = F4;
        if (f0() != 42) return 1;
        if (f1(s_a) != 8589934592L) return 2;
        if (f2("ab", s_a + 1) != "ababab") return 3;
        if (f3(1.5, s_a, 0.25) != 3.25) return 4;
        if (f4(s_s, 1, true, '?') != 'O' || f4(s_s, 9, false, '?') != '?') return 5;
        Recorder r = new Recorder();
        System.Action a0 = r.Zero;
        System.Action<int> a1 = r.One;
        System.Action<int, long> a2 = r.Two;
        System.Action<int, int, int> a3 = r.Three;
        System.Action<int, int, int, bool> a4 = r.Four;
        a0(); a1(s_a); a2(1, s_a); a3(1, 1, s_a); a4(1, 2, s_a, true);
        if (r.Log != 12345) return 6;
        a4(1, 1, 1, false);
        if (r.Log != 123450) return 7;
        System.Func<int, int, int, int, int> l4 = (p, q, u, v) => p * 1000 + q * 100 + u * 10 + v;
        if (l4(s_a, 3, 4, 5) != 2345) return 8;
        System.Action<string, string, string, string> join = (p, q, u, v) => s_s = p + q + u + v;
        join("a", "b", "c", "d");
        if (s_s != "abcd") return 9;
        System.Func<bool> no = () => s_a > 10;
        if (no()) return 10;
        return 100;
    }
}
