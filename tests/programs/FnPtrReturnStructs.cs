// Checks managed function pointers to methods returning structs: a small struct, a struct with long and double fields, a large struct of eight ints, a struct holding a reference, a nested struct, and returned structs passed straight into another pointer call. Needs -unsafe.
struct Small { public short A; public byte B; }
struct Mixed { public long L; public double D; public int I; }
struct Large { public int A, B, C, D, E, F, G, H; }
struct WithRef { public string S; public int N; }
struct Outer { public Small In; public Mixed M; public byte Tail; }

static unsafe class Program
{
    static int s_k = 3;
    static string s_str = "abc";

    static Small MakeSmall(int k) => new Small { A = (short)(k * -1000), B = (byte)(k + 250) };
    static Mixed MakeMixed(int k) => new Mixed { L = (long)k << 40, D = k / 4.0, I = -k };
    static Large MakeLarge(int k) => new Large { A = k, B = k + 1, C = k + 2, D = k + 3, E = k + 4, F = k + 5, G = k + 6, H = k + 7 };
    static WithRef MakeRef(string s, int n) => new WithRef { S = s, N = n + s.Length };
    static Outer MakeOuter(int k) => new Outer { In = MakeSmall(k), M = MakeMixed(k + 1), Tail = (byte)k };
    static int SumLarge(Large l) => l.A + l.B + l.C + l.D + l.E + l.F + l.G + l.H;
    static Large Shift(Large l, int by) { l.A += by; l.H -= by; return l; }

    static int Main()
    {
        int k = s_k;
        delegate*<int, Small> ms = &MakeSmall;
        Small s = ms(k);
        if (s.A != -3000 || s.B != 253) return 1;
        s = ms(k + 3);
        if (s.B != 0) return 2;

        delegate*<int, Mixed> mm = &MakeMixed;
        Mixed m = mm(k);
        if (m.L != 3L << 40 || m.D != 0.75 || m.I != -3) return 3;

        delegate*<int, Large> ml = &MakeLarge;
        Large l = ml(k);
        if (l.A != 3 || l.H != 10) return 4;
        delegate*<Large, int> sum = &SumLarge;
        if (sum(l) != 8 * 3 + 28) return 5;
        delegate*<Large, int, Large> sh = &Shift;
        if (sum(sh(ml(k), 100)) != 52 || l.A != 3) return 6;
        Large l2 = sh(sh(l, 1), 2);
        if (l2.A != 6 || l2.H != 7) return 7;

        delegate*<string, int, WithRef> mr = &MakeRef;
        WithRef w = mr(s_str, k);
        if (w.S != "abc" || w.N != 6) return 8;

        delegate*<int, Outer> mo = &MakeOuter;
        Outer o = mo(k);
        if (o.In.A != -3000 || o.M.L != 4L << 40 || o.M.D != 1.0 || o.Tail != 3) return 9;

        // An array of pointers returning Small, results combined.
        var makers = new delegate*<int, Small>[] { &MakeSmall, &MakeSmall };
        int acc = 0;
        for (int i = 0; i < makers.Length; i++) acc += makers[i](i + 1).B;
        if (acc != 251 + 252) return 10;
        return 100;
    }
}
