// Checks methods returning this for chaining, passing this to other objects, and this compared with references held elsewhere, on a small polynomial builder.
class Poly
{
    long[] _c = new long[10];
    public int Degree;
    public Poly Registered;

    public Poly Term(int power, long coeff)
    {
        _c[power] += coeff;
        if (power > Degree) Degree = power;
        return this;
    }

    public Poly Scale(long k)
    {
        for (int i = 0; i <= Degree; i++) _c[i] *= k;
        return this;
    }

    public Poly Derive()
    {
        for (int i = 1; i <= Degree; i++) _c[i - 1] = _c[i] * i;
        _c[Degree] = 0;
        if (Degree > 0) Degree--;
        return this;
    }

    public long At(long x)
    {
        long r = 0;
        for (int i = Degree; i >= 0; i--) r = r * x + _c[i];
        return r;
    }

    public Poly RegisterWith(Registry reg)
    {
        reg.Add(this);
        return this;
    }
}

class Registry
{
    public Poly Last;
    public int Count;
    public void Add(Poly p) { Last = p; Count++; p.Registered = p; }
}

static class Program
{
    static int s_x = 3;

    static int Main()
    {
        Registry reg = new Registry();
        Poly p = new Poly().Term(2, 1).Term(1, -3).Term(0, 2).RegisterWith(reg);
        if (p.At(s_x) != 2 || p.At(s_x + 1) != 6) return 1;
        if (reg.Last != p || reg.Count != 1 || p.Registered != p) return 2;
        Poly q = p.Scale(2).Term(3, 1);
        if (!object.ReferenceEquals(p, q)) return 3;
        if (q.At(s_x) != 31 || q.Degree != 3) return 4;
        q.Derive();
        if (p.At(s_x) != 33 || p.Degree != 2) return 5;
        if (new Poly().Term(0, 5).Derive().Derive().At(s_x) != 0) return 6;
        new Poly().RegisterWith(reg).RegisterWith(reg);
        if (reg.Count != 3 || reg.Last == p) return 7;
        return 100;
    }
}
