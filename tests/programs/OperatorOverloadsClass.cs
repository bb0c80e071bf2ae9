// Checks user-defined operators on a class (a reduced fraction): arithmetic, comparison, ==/!= with nulls, unary minus, implicit conversion from int and explicit conversion to int.
class Fraction
{
    public readonly long Num;
    public readonly long Den;

    public Fraction(long num, long den)
    {
        if (den < 0) { num = -num; den = -den; }
        long g = Gcd(num < 0 ? -num : num, den);
        Num = num / g;
        Den = den / g;
    }

    static long Gcd(long a, long b)
    {
        while (b != 0) { long t = a % b; a = b; b = t; }
        return a == 0 ? 1 : a;
    }

    public static Fraction operator +(Fraction a, Fraction b) { return new Fraction(a.Num * b.Den + b.Num * a.Den, a.Den * b.Den); }
    public static Fraction operator -(Fraction a, Fraction b) { return new Fraction(a.Num * b.Den - b.Num * a.Den, a.Den * b.Den); }
    public static Fraction operator *(Fraction a, Fraction b) { return new Fraction(a.Num * b.Num, a.Den * b.Den); }
    public static Fraction operator /(Fraction a, Fraction b) { return new Fraction(a.Num * b.Den, a.Den * b.Num); }
    public static Fraction operator -(Fraction a) { return new Fraction(-a.Num, a.Den); }
    public static bool operator <(Fraction a, Fraction b) { return a.Num * b.Den < b.Num * a.Den; }
    public static bool operator >(Fraction a, Fraction b) { return b < a; }
    public static implicit operator Fraction(int n) { return new Fraction(n, 1); }
    public static explicit operator int(Fraction f) { return (int)(f.Num / f.Den); }

    public static bool operator ==(Fraction a, Fraction b)
    {
        if (object.ReferenceEquals(a, b)) return true;
        if (a is null || b is null) return false;
        return a.Num == b.Num && a.Den == b.Den;
    }

    public static bool operator !=(Fraction a, Fraction b) { return !(a == b); }
    public override bool Equals(object obj) { return this == obj as Fraction; }
    public override int GetHashCode() { return (int)(Num * 397 + Den); }
}

static class Program
{
    static int s_n = 10;

    static int Main()
    {
        Fraction h = new Fraction(1, 2);
        Fraction t = new Fraction(2, 6);
        Fraction s = h + t;
        if (s.Num != 5 || s.Den != 6) return 1;
        if ((h - t).Num != 1 || (h - t).Den != 6) return 2;
        if ((h * t) != new Fraction(1, 6)) return 3;
        if ((h / t) != new Fraction(3, 2)) return 4;
        if (!(t < h) || t > h || !(h > t)) return 5;
        Fraction harmonic = 0;
        for (int i = 1; i <= s_n; i++) harmonic = harmonic + new Fraction(1, i);
        if (harmonic.Num != 7381 || harmonic.Den != 2520) return 6;
        if ((int)harmonic != 2) return 7;
        Fraction neg = -harmonic;
        if (neg.Num != -7381 || (int)neg != -2) return 8;
        Fraction n = null;
        if (n != null || !(n == null) || h == null || null == h) return 9;
        if (new Fraction(3, -9) != new Fraction(-1, 3)) return 10;
        Fraction five = s_n / 2;
        if (five.Den != 1 || (int)(five * 3) != 15) return 11;
        if (!h.Equals(new Fraction(4, 8)) || h.Equals(t)) return 12;
        return 100;
    }
}
