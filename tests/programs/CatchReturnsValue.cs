// Checks catch blocks that return values (int, long, struct, reference), values computed in try discarded when the throw comes later; expects checksum.
using System;
struct Pair { public int X, Y; }
class P {
    static int zero;
    static int ParseDigit(int c) { try { if (c < 48 || c > 57) throw new FormatException(); return c - 48; } catch (FormatException) { return -1; } }
    static long Ratio(long a, int b) { try { return a / (b - zero) * 3; } catch (DivideByZeroException) { return long.MinValue + a; } }
    static Pair MakePair(int v) {
        Pair p = new Pair();
        try { p.X = v; p.Y = 100 / v; return p; }
        catch (DivideByZeroException) { p.Y = -7; return p; }
    }
    static string Pick(string[] arr, int i) { try { return arr[i]; } catch (IndexOutOfRangeException) { return "none"; } }
    static int Main() {
        long acc = 0;
        int[] cs = { 48, 53, 57, 65, 32, 50 };
        for (int i = 0; i < cs.Length; i++) acc = acc * 11 + ParseDigit(cs[i]);
        acc ^= Ratio(100, 7) + Ratio(55, 0);
        Pair a = MakePair(4), b = MakePair(0);
        acc += a.X * 3 + a.Y * 5 + b.X * 7 + b.Y * 11;
        string[] ss = { "ab", "cde" };
        acc += Pick(ss, 1).Length * 13 + Pick(ss, 5).Length * 17;
        return (int)((ulong)acc % 241) + 6;
    }
}
