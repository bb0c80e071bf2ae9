// EqualityComparer<T>.Default and Comparer<T>.Default on custom IEquatable<T>/IComparable<T> types (class and struct), nullable and enum types, generic struct wrappers with their own equality and comparison, generic math-free Max/Sort helpers, and collections that rely on the default comparers (HashSet, Dictionary, List.Sort, Array.BinarySearch).
using System;
using System.Collections.Generic;
using System.Linq;

sealed class Money : IEquatable<Money>, IComparable<Money>
{
    public readonly string Currency;
    public readonly long Cents;

    public Money(string currency, long cents)
    {
        Currency = currency;
        Cents = cents;
    }

    public bool Equals(Money other) => other is not null && Currency == other.Currency && Cents == other.Cents;
    public override bool Equals(object obj) => Equals(obj as Money);
    public override int GetHashCode() => Currency.Length * 31 + (int)Cents;
    public int CompareTo(Money other) => other is null ? 1 : Currency != other.Currency ? string.CompareOrdinal(Currency, other.Currency) : Cents.CompareTo(other.Cents);
    public override string ToString() => Currency + " " + (Cents / 100) + "." + (Cents % 100).ToString("D2");
}

readonly struct Version2 : IComparable<Version2>, IEquatable<Version2>
{
    public readonly int Major, Minor;

    public Version2(int major, int minor)
    {
        Major = major;
        Minor = minor;
    }

    public int CompareTo(Version2 other) => Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);
    public bool Equals(Version2 other) => Major == other.Major && Minor == other.Minor;
    public override bool Equals(object obj) => obj is Version2 v && Equals(v);
    public override int GetHashCode() => Major * 1000 + Minor;
    public override string ToString() => "v" + Major + "." + Minor;
}

readonly struct Tagged<T> : IEquatable<Tagged<T>>, IComparable<Tagged<T>>
{
    public readonly string Tag;
    public readonly T Value;

    public Tagged(string tag, T value)
    {
        Tag = tag;
        Value = value;
    }

    public bool Equals(Tagged<T> other) => Tag == other.Tag && EqualityComparer<T>.Default.Equals(Value, other.Value);
    public override bool Equals(object obj) => obj is Tagged<T> t && Equals(t);
    public override int GetHashCode() => (Tag?.Length ?? 0) ^ EqualityComparer<T>.Default.GetHashCode(Value);
    public int CompareTo(Tagged<T> other) => Comparer<T>.Default.Compare(Value, other.Value);
    public override string ToString() => Tag + "=" + Value;
}

enum Level { Low = 1, Mid = 5, High = 10 }

class GenericComparersWrappers
{
    static T Max<T>(IEnumerable<T> items)
    {
        var cmp = Comparer<T>.Default;
        T best = default;
        bool any = false;
        foreach (var i in items)
        {
            if (!any || cmp.Compare(i, best) > 0)
                best = i;
            any = true;
        }
        return best;
    }

    static string Same<T>(T a, T b) => EqualityComparer<T>.Default.Equals(a, b) ? "eq" : "ne";

    static int Main()
    {
        var m1 = new Money("EUR", 1050);
        var m2 = new Money("EUR", 1050);
        var m3 = new Money("USD", 99);
        Console.WriteLine("money " + Same(m1, m2) + " " + Same(m1, m3) + " " + Same<Money>(null, null) + " " + Same(m1, null) + " ref " + ReferenceEquals(m1, m2) + " == " + (m1 == m2));
        Console.WriteLine("compare " + Comparer<Money>.Default.Compare(m1, m3) + " " + Comparer<Money>.Default.Compare(m3, m1) + " null " + Comparer<Money>.Default.Compare(null, m1) + " " + Comparer<Money>.Default.Compare(m1, null) + " " + Comparer<Money>.Default.Compare(null, null));
        var wallet = new List<Money> { m3, new Money("EUR", 5), m1, new Money("CHF", 700) };
        wallet.Sort();
        Console.WriteLine("sorted " + string.Join(", ", wallet) + " max " + Max(wallet) + " distinct " + wallet.Append(m2).Distinct().Count());
        var set = new HashSet<Money> { m1, m2, m3 };
        Console.WriteLine("hashset " + set.Count + " contains " + set.Contains(new Money("USD", 99)));
        var v = new[] { new Version2(1, 10), new Version2(1, 2), new Version2(0, 99), new Version2(1, 2) };
        Array.Sort(v);
        Console.WriteLine("versions " + string.Join(",", v) + " binarysearch " + Array.BinarySearch(v, new Version2(1, 10)) + " " + Array.BinarySearch(v, new Version2(1, 5)) + " max " + Max(v) + " " + Same(v[1], v[2]));
        var counts = new Dictionary<Version2, int>();
        foreach (var x in v)
            counts[x] = counts.GetValueOrDefault(x) + 1;
        Console.WriteLine("dict " + string.Join(" ", counts.Select(kv => kv.Key + ":" + kv.Value)));
        Console.WriteLine("nullable " + Comparer<int?>.Default.Compare(null, 0) + " " + Comparer<int?>.Default.Compare(5, 3) + " " + Same<int?>(null, null) + " " + Same<int?>(3, 3) + " " + Same<int?>(3, null) + " max " + Max(new int?[] { 3, null, 7 }));
        Console.WriteLine("enum " + Comparer<Level>.Default.Compare(Level.High, Level.Low) + " " + Same(Level.Mid, (Level)5) + " max " + Max(new[] { Level.Mid, Level.High, Level.Low }) + " sorted " + string.Join(",", new[] { Level.High, Level.Low, Level.Mid }.OrderBy(l => l)));
        Console.WriteLine("strings " + Comparer<string>.Default.Compare("a", "B") + " " + StringComparer.Ordinal.Compare("a", "B") + " " + Same("x", new string('x', 1)) + " " + Max(new[] { "pear", "Apple", "fig" }));
        var t1 = new Tagged<int>("a", 5);
        var t2 = new Tagged<int>("b", 5);
        var t3 = new Tagged<string>("a", null);
        Console.WriteLine("tagged " + Same(t1, t2) + " " + Same(t1, new Tagged<int>("a", 5)) + " " + Same(t3, new Tagged<string>("a", null)) + " " + t1.CompareTo(t2) + " " + new Tagged<string>("x", "b").CompareTo(new Tagged<string>("y", "a")) + " " + t3.CompareTo(new Tagged<string>("z", "q")));
        var tags = new List<Tagged<double>> { new("p", 2.5), new("q", -1), new("r", 2.5), new("s", 0) };
        tags.Sort();
        Console.WriteLine("tagged sorted " + string.Join(" ", tags.Select(t => t.Tag)) + " max " + Max(tags) + " set " + new HashSet<Tagged<double>>(tags) { new("p", 2.5) }.Count);
        var custom = EqualityComparer<string>.Create((a, b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase), s => s.ToUpperInvariant().GetHashCode());
        Console.WriteLine("created comparer " + custom.Equals("Hi", "HI") + " " + new HashSet<string>(new[] { "a", "A", "b" }, custom).Count + " reverse comparer " + string.Join(",", new[] { 1, 3, 2 }.Order(Comparer<int>.Create((a, b) => b - a))));
        try
        {
            Comparer<object>.Default.Compare(new object(), new object());
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        return 0;
    }
}
