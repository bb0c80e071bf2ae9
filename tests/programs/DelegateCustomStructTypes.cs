// Checks custom delegate types that take and return structs: a small struct, a large struct with long fields, a struct holding a reference, passed by value (the callee's changes stay local) and returned from instance and static targets.
struct Vec { public int X, Y; }
struct Wide { public long A, B, C; public int D; }
struct Tagged { public string Tag; public int N; }

delegate Vec VecOp(Vec a, Vec b);
delegate Wide WideMake(long seed);
delegate int WideSum(Wide w);
delegate Tagged Retag(Tagged t, string tag);

class Scaler
{
    public int K;
    public Vec Scale(Vec a, Vec b) { return new Vec { X = (a.X + b.X) * K, Y = (a.Y + b.Y) * K }; }
}

static class Program
{
    static int s_k = 3;

    static Vec Add(Vec a, Vec b) { a.X += b.X; a.Y += b.Y; return a; }
    static Wide Make(long seed) { return new Wide { A = seed, B = seed << 20, C = -seed, D = (int)seed + 1 }; }
    static int Sum(Wide w) { int r = (int)(w.A + (w.B >> 20) + w.C) + w.D; w.D = -1; return r; }
    static Tagged Re(Tagged t, string tag) { t.Tag = tag + t.Tag; t.N++; return t; }

    static int Main()
    {
        VecOp add = Add;
        Vec a = new Vec { X = s_k, Y = 4 };
        Vec b = new Vec { X = 10, Y = 20 };
        Vec c = add(a, b);
        if (c.X != 13 || c.Y != 24) return 1;
        if (a.X != 3 || a.Y != 4) return 2;
        VecOp scale = new Scaler { K = s_k }.Scale;
        Vec d = scale(a, b);
        if (d.X != 39 || d.Y != 72) return 3;
        VecOp lambda = (p, q) => new Vec { X = p.X * q.X, Y = p.Y - q.Y };
        Vec e = lambda(c, d);
        if (e.X != 507 || e.Y != -48) return 4;
        WideMake make = Make;
        Wide w = make(s_k + 2L);
        if (w.A != 5 || w.B != 5L << 20 || w.C != -5 || w.D != 6) return 5;
        WideSum sum = Sum;
        if (sum(w) != 11) return 6;
        if (w.D != 6) return 7;
        Retag re = Re;
        Tagged t = new Tagged { Tag = "x", N = s_k };
        Tagged u = re(re(t, "a"), "b");
        if (u.Tag != "bax" || u.N != 5) return 8;
        if (t.Tag != "x" || t.N != 3) return 9;
        Vec acc = new Vec();
        for (int i = 0; i < 5; i++) acc = add(acc, new Vec { X = i, Y = 1 });
        if (acc.X != 10 || acc.Y != 5) return 10;
        return 100;
    }
}
