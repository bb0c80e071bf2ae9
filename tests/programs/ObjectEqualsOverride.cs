// Checks Equals/GetHashCode overrides on a class: value equality versus reference equality (==), object.Equals(a, b) with nulls, Equals called through object references, and a hand-written hash set that relies on both overrides.
class Money
{
    public readonly int Units;
    public readonly string Currency;

    public Money(int units, string currency) { Units = units; Currency = currency; }

    public override bool Equals(object obj)
    {
        Money m = obj as Money;
        return m != null && m.Units == Units && m.Currency == Currency;
    }

    public override int GetHashCode()
    {
        int h = Units * 31;
        for (int i = 0; i < Currency.Length; i++) h = h * 7 + Currency[i];
        return h;
    }
}

class MoneySet
{
    Money[][] _buckets = new Money[8][];
    int[] _sizes = new int[8];
    public int Count;

    public bool Add(Money m)
    {
        int b = (m.GetHashCode() & 0x7FFFFFFF) % 8;
        if (_buckets[b] == null) _buckets[b] = new Money[16];
        for (int i = 0; i < _sizes[b]; i++)
            if (_buckets[b][i].Equals(m)) return false;
        _buckets[b][_sizes[b]++] = m;
        Count++;
        return true;
    }
}

static class Program
{
    static int s_units = 25;

    static int Main()
    {
        Money a = new Money(s_units, "EUR");
        Money b = new Money(25, "EUR");
        Money c = new Money(s_units, "USD");
        if (a == b) return 1;
        if (!a.Equals(b) || !b.Equals(a)) return 2;
        if (a.Equals(c) || a.Equals(null) || a.Equals("EUR")) return 3;
        if (a.GetHashCode() != b.GetHashCode()) return 4;
        object oa = a, ob = b;
        if (!oa.Equals(ob)) return 5;
        if (!object.Equals(a, b) || object.Equals(a, null) || object.Equals(null, a)) return 6;
        if (!object.Equals(null, null)) return 7;
        MoneySet set = new MoneySet();
        for (int i = 0; i < 40; i++)
        {
            set.Add(new Money(i % 10, "EUR"));
            set.Add(new Money(i % 5, i % 2 == 0 ? "USD" : "GBP"));
        }
        if (set.Count != 20) return 8;
        if (set.Add(new Money(3, "EUR")) || !set.Add(new Money(11, "EUR"))) return 9;
        return 100;
    }
}
