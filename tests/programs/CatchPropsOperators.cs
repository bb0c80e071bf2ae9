// Checks exceptions thrown from property getters/setters, indexers, user operators and conversion operators are caught at the call site; expects checksum.
using System;
struct Money {
    public long Cents;
    public static Money operator +(Money a, Money b) { long s = checked(a.Cents + b.Cents); return new Money { Cents = s }; }
    public static Money operator /(Money a, int d) { return new Money { Cents = a.Cents / d }; }
    public static explicit operator int(Money m) { if (m.Cents > int.MaxValue) throw new InvalidCastException(); return (int)m.Cents; }
}
class Bag {
    int[] d = new int[3]; int lim;
    public int Limit { get { if (lim == 0) throw new InvalidOperationException(); return lim; } set { if (value < 0) throw new ArgumentOutOfRangeException(); lim = value; } }
    public int this[int i] { get { return d[i]; } set { if (value > Limit) throw new ArgumentException(); d[i] = value; } }
}
class P {
    static int zero;
    static int Main() {
        long acc = 0; var b = new Bag();
        try { acc += b.Limit; } catch (InvalidOperationException) { acc += 1; }
        try { b.Limit = -1; } catch (ArgumentOutOfRangeException) { acc += 2; }
        b.Limit = 10;
        try { b[1] = 5; b[2] = 50; } catch (ArgumentException) { acc += 4 + b[1]; }
        try { acc += b[3]; } catch (IndexOutOfRangeException) { acc += 8; }
        Money m = new Money { Cents = long.MaxValue - 1 }, one = new Money { Cents = 1 };
        try { m = m + one; m = m + one; } catch (OverflowException) { acc += 16 + (m.Cents & 7); }
        try { acc += (int)m; } catch (InvalidCastException) { acc += 32; }
        try { m = m / zero; } catch (DivideByZeroException) { acc += 64; }
        return (int)(acc % 256); // 1+2+9+8+23+32+64 = 139
    }
}
