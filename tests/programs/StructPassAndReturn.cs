// Checks structs passed by value and returned: the callee's changes stay local, returned structs are fresh copies, structs of several sizes (1, 2, 3, 4 and 6 fields of mixed types) go in and out of calls, and chained calls on returned values.
struct One { public byte A; }
struct Two { public int A; public long B; }
struct Three { public short A; public double B; public object C; }
struct Four { public int A, B, C, D; }
struct Six { public long A; public byte B; public int C; public char D; public long E; public bool F; }

static class Program
{
    static int s_k = 3;

    static One Inc(One x) { x.A++; return x; }
    static Two Swap(Two x) { long t = x.A; x.A = (int)x.B; x.B = t; return x; }
    static Three Mark(Three x, object tag) { x.C = tag; x.B *= 2; return x; }
    static Four Rotate(Four x) { return new Four { A = x.B, B = x.C, C = x.D, D = x.A }; }
    static Six Touch(Six s) { s.A += 1; s.B ^= 0xFF; s.C -= 1; s.D = 'q'; s.E <<= 1; s.F = !s.F; return s; }
    static void Clobber(Four x) { x.A = -1; x.B = -1; }
    static int Sum(Four x) { return x.A + x.B + x.C + x.D; }

    static int Main()
    {
        One o = new One { A = (byte)s_k };
        One o2 = Inc(Inc(o));
        if (o.A != 3 || o2.A != 5) return 1;
        Two t = new Two { A = s_k, B = 1L << 33 };
        Two t2 = Swap(t);
        if (t.A != 3 || t2.A != 0 || t2.B != 3) return 2;
        Three th = new Three { A = -2, B = 1.25 };
        string tag = "tag";
        Three th2 = Mark(th, tag);
        if (th.C != null || th2.C != (object)tag || th2.B != 2.5 || th2.A != -2) return 3;
        Four f = new Four { A = 1, B = 2, C = s_k, D = 4 };
        Clobber(f);
        if (f.A != 1 || f.B != 2) return 4;
        Four r = Rotate(Rotate(Rotate(f)));
        if (r.A != 4 || r.B != 1 || r.C != 2 || r.D != 3) return 5;
        if (Sum(Rotate(f)) != 10 || Rotate(f).D != 1) return 6;
        Six s = new Six { A = long.MaxValue - 1, B = 0x0F, C = s_k, D = 'a', E = 1L << 40, F = false };
        Six s2 = Touch(s);
        if (s.A != long.MaxValue - 1 || s.B != 0x0F || s.C != 3 || s.D != 'a' || s.F) return 7;
        if (s2.A != long.MaxValue || s2.B != 0xF0 || s2.C != 2 || s2.D != 'q' || s2.E != 1L << 41 || !s2.F) return 8;
        return 100;
    }
}
