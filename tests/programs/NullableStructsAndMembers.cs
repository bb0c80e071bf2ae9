// Checks Nullable of own structs: member access through Value, ?. on nullable structs (giving nullable results), ?? with struct fallbacks, user-defined operators lifted to nullable, and nullable struct fields in classes.
struct Money
{
    public long Cents;
    public Money(long c) { Cents = c; }
    public static Money operator +(Money a, Money b) { return new Money(a.Cents + b.Cents); }
    public static bool operator ==(Money a, Money b) { return a.Cents == b.Cents; }
    public static bool operator !=(Money a, Money b) { return a.Cents != b.Cents; }
    public override bool Equals(object o) { return o is Money m && m.Cents == Cents; }
    public override int GetHashCode() { return (int)Cents; }
    public long Dollars() { return Cents / 100; }
}

class Order
{
    public Money? Discount;
    public Money Price;
}

static class Program
{
    static long s_c = 1250;

    static int Main()
    {
        Money? m = new Money(s_c);
        Money? none = null;
        if (m.Value.Dollars() != 12 || m?.Dollars() != 12 || none?.Dollars() != null) return 1;
        long? d = none?.Cents;
        if (d.HasValue) return 2;
        Money total = (none ?? new Money(5)) + (m ?? new Money(0));
        if (total.Cents != 1255) return 3;
        Money? sum = m + none;
        if (sum.HasValue) return 4;
        Money? sum2 = m + m;
        if (sum2.Value.Cents != 2500) return 5;
        if (!(m == new Money(1250)) || m == none || none != null) return 6;
        Order o = new Order { Price = new Money(s_c) };
        if (o.Discount.HasValue) return 7;
        o.Discount = new Money(250);
        long due = o.Price.Cents - (o.Discount?.Cents ?? 0);
        if (due != 1000) return 8;
        Order[] orders = { o, new Order(), null };
        long discounts = 0;
        foreach (Order x in orders) discounts += x?.Discount?.Cents ?? -1;
        if (discounts != 250 - 1 - 1) return 9;
        return 100;
    }
}
