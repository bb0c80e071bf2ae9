// ValueType.Equals and GetHashCode on structs that do not override them: field by field, floating-point fields as
// double.Equals compares them, reference fields with their own Equals, nested structs with theirs (an override
// included). Returns 100 when every step matches; otherwise the number of the first step that did not.
using System;

struct Pair
{
    public int A;
    public long B;
}

struct Measure
{
    public double Value;
    public float Weight;
}

struct Named
{
    public string Name;
    public short Code;
}

// Its Equals ignores Noise: a struct holding one must use it.
struct Tolerant
{
    public int Key;
    public int Noise;
    public override bool Equals(object obj) => obj is Tolerant t && t.Key == Key;
    public override int GetHashCode() => Key;
}

struct Outer
{
    public byte Tag;
    public Pair Inner;
    public Tolerant Loose;
    public object Anything;
}

struct Empty
{
}

static class Program
{
    static int s_step;
    static int s_seed = 3;

    static bool Check(bool ok)
    {
        s_step++;
        return ok;
    }

    static bool Same(object x, object y) => x.Equals(y) && x.GetHashCode() == y.GetHashCode();

    static int Main()
    {
        Pair p1 = new Pair { A = s_seed, B = 1L << 40 };
        Pair p2 = new Pair { A = s_seed, B = 1L << 40 };
        Pair p3 = new Pair { A = s_seed, B = 1L << 41 };
        if (!Check(Same(p1, p2))) return s_step;
        if (!Check(!p1.Equals(p3) && !((object)p1).Equals(null))) return s_step;
        if (!Check(!p1.Equals((object)s_seed))) return s_step; // another type

        Measure nan1 = new Measure { Value = double.NaN, Weight = 1f };
        Measure nan2 = new Measure { Value = -double.NaN, Weight = 1f };
        if (!Check(Same(nan1, nan2))) return s_step;
        Measure zero = new Measure { Value = 0.0, Weight = -0f };
        Measure negativeZero = new Measure { Value = -0.0, Weight = 0f };
        if (!Check(Same(zero, negativeZero))) return s_step;
        if (!Check(!zero.Equals(new Measure { Value = 1e-300, Weight = 0f }))) return s_step;

        string built = new string('x', s_seed);
        Named n1 = new Named { Name = "xxx", Code = 7 };
        Named n2 = new Named { Name = built, Code = 7 };
        if (!Check(Same(n1, n2))) return s_step; // strings compared by value, not reference
        if (!Check(!n1.Equals(new Named { Name = "xxy", Code = 7 }))) return s_step;
        if (!Check(!n1.Equals(new Named { Name = "xxx", Code = 8 }))) return s_step;
        Named nullName = new Named { Code = 7 };
        if (!Check(Same(nullName, new Named { Code = 7 }) && !nullName.Equals(n1) && !n1.Equals(nullName))) return s_step;

        Outer o1 = new Outer { Tag = 1, Inner = p1, Loose = new Tolerant { Key = 5, Noise = 1 }, Anything = 42 };
        Outer o2 = new Outer { Tag = 1, Inner = p2, Loose = new Tolerant { Key = 5, Noise = 2 }, Anything = 42 };
        if (!Check(Same(o1, o2))) return s_step; // the nested override ignores Noise; boxed 42s are equal
        o2.Inner.B++;
        if (!Check(!o1.Equals(o2))) return s_step;
        o2.Inner.B--;
        o2.Loose.Key = 6;
        if (!Check(!o1.Equals(o2))) return s_step;
        o2.Loose.Key = 5;
        o2.Anything = "42";
        if (!Check(!o1.Equals(o2))) return s_step;
        o2.Anything = 42L;
        if (!Check(!o1.Equals(o2))) return s_step; // a boxed long is not a boxed int

        if (!Check(Same(new Empty(), new Empty()))) return s_step;

        // Through a generic comparer, as collections use it.
        var comparer = System.Collections.Generic.EqualityComparer<Pair>.Default;
        if (!Check(comparer.Equals(p1, p2) && !comparer.Equals(p1, p3))) return s_step;
        if (!Check(comparer.GetHashCode(p1) == comparer.GetHashCode(p2))) return s_step;
        return s_step == 18 ? 100 : 200 + s_step;
    }
}
