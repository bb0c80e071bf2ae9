// Nullable<T>: lifted arithmetic, comparison, equality and shift operators, three-valued bool logic, ?? and ??=, GetValueOrDefault, boxing a null nullable to null and a value to its underlying type, unboxing to T?, Nullable.Compare/Equals/GetUnderlyingType, lifted user-defined operators and conversions.
using System;
using System.Collections.Generic;

struct Money
{
    public readonly long Cents;
    public Money(long cents) { Cents = cents; }
    public static Money operator +(Money a, Money b) => new Money(a.Cents + b.Cents);
    public static bool operator ==(Money a, Money b) => a.Cents == b.Cents;
    public static bool operator !=(Money a, Money b) => a.Cents != b.Cents;
    public static bool operator <(Money a, Money b) => a.Cents < b.Cents;
    public static bool operator >(Money a, Money b) => a.Cents > b.Cents;
    public static implicit operator Money(int dollars) => new Money(dollars * 100L);
    public override bool Equals(object obj) => obj is Money m && m.Cents == Cents;
    public override int GetHashCode() => Cents.GetHashCode();
    public override string ToString() => "$" + (Cents / 100) + "." + (Cents % 100).ToString("00");
}

enum Color { Red, Green, Blue }

class NullableLiftedOperators
{
    static string Show<T>(T? v) where T : struct => v.HasValue ? v.Value.ToString() : "null";
    static string B(bool? b) => b.HasValue ? b.Value.ToString() : "null";

    static int Main()
    {
        int? five = 5, none = null;
        int? sum = five + 3, nsum = five + none, neg = -five, shifted = five << 2, nshift = none >> 1;
        Console.WriteLine("arith: " + Show(sum) + " " + Show(nsum) + " " + Show(neg) + " " + Show(shifted) + " " + Show(nshift) + " " + Show(five * five % 7) + " " + Show(~five));
        Console.WriteLine("compare: " + (five > 3) + " " + (none > 3) + " " + (none < 3) + " " + (none <= nsum) + " " + (five >= 5));
        Console.WriteLine("equality: " + (none == null) + " " + (five == 5) + " " + (none != 5) + " " + (five != null) + " " + ((int?)null == (int?)null));
        bool? t = true, f = false, n = null;
        Console.WriteLine("and: " + B(t & n) + " " + B(f & n) + " " + B(n & n) + " or: " + B(t | n) + " " + B(f | n) + " xor: " + B(t ^ n) + " not: " + B(!n) + " " + B(!f));
        Console.WriteLine("??: " + (none ?? -1) + " " + (five ?? -1) + " " + (none ?? five ?? 0));
        int? lazy = null;
        lazy ??= 10;
        lazy ??= 20;
        Console.WriteLine("??=: " + lazy);
        Console.WriteLine("GetValueOrDefault: " + none.GetValueOrDefault() + " " + none.GetValueOrDefault(7) + " " + five.GetValueOrDefault(7) + " HasValue " + none.HasValue + " " + five.HasValue);
        Console.WriteLine("ToString: [" + none.ToString() + "] [" + five.ToString() + "] Equals: " + none.Equals(null) + " " + five.Equals(5) + " " + five.Equals(5L));

        object boxedNull = none;
        object boxedFive = five;
        Console.WriteLine("boxing: " + (boxedNull == null) + " " + boxedFive.GetType().Name + " " + (boxedFive is int) + " " + (boxedFive is int? ));
        int? unboxed = (int?)boxedFive;
        int? unboxedNull = (int?)boxedNull;
        object boxedInt = 42;
        Console.WriteLine("unboxing: " + Show(unboxed) + " " + Show(unboxedNull) + " " + Show((int?)boxedInt) + " as: " + Show(boxedInt as int?) + " " + Show((object)"str" as int?));
        try
        {
            int direct = (int)boxedNull;
            Console.WriteLine(direct);
        }
        catch (NullReferenceException e)
        {
            Console.WriteLine("unbox null to int: " + e.GetType().Name);
        }
        try
        {
            Console.WriteLine(none.Value);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }

        Console.WriteLine("Nullable.Compare: " + Nullable.Compare(none, five) + " " + Nullable.Compare(five, none) + " " + Nullable.Compare<int>(null, null) + " " + Nullable.Compare(five, 4));
        Console.WriteLine("Nullable.Equals: " + Nullable.Equals(none, null) + " " + Nullable.Equals(five, 5) + " " + Nullable.Equals(five, none));
        Console.WriteLine("GetUnderlyingType: " + Nullable.GetUnderlyingType(typeof(int?)).Name + " " + (Nullable.GetUnderlyingType(typeof(int)) == null) + " " + typeof(int?).Name + " " + typeof(Color?).Name);

        Money? price = new Money(1999);
        Money? nothing = null;
        Console.WriteLine("lifted user ops: " + Show(price + new Money(1)) + " " + Show(price + nothing) + " " + (price == new Money(1999)) + " " + (nothing == null) + " " + (price > nothing) + " " + (price < 30));
        long? widened = five;
        double? asDouble = five;
        decimal? dec = 2.5m;
        Console.WriteLine("conversions: " + Show(widened) + " " + Show(asDouble / 2) + " " + Show(dec * 3) + " " + Show((int?)asDouble) + " " + Show((byte?)(five + 300)));
        Color? c = Color.Blue;
        Color? nc = null;
        Console.WriteLine("enum: " + Show(c) + " " + Show(nc) + " " + (c == Color.Blue) + " " + Show(c + 0) + " " + (int?)c);

        var list = new List<int?> { 3, null, 1, null, 2 };
        list.Sort();
        Console.WriteLine("sorted with nulls first: " + string.Join(",", list.ConvertAll(Show)));
        int total = 0;
        foreach (var item in list)
            total += item ?? 100;
        Console.WriteLine("sum with default: " + total);
        Console.WriteLine("patterns: " + Describe(5) + " " + Describe(null) + " " + Describe(-2));
        double? nan = double.NaN;
        Console.WriteLine("NaN nullable: " + (nan == double.NaN) + " " + nan.Equals(nan) + " " + Nullable.Equals(nan, double.NaN));
        return 0;
    }

    static string Describe(int? v) => v switch
    {
        null => "none",
        > 0 and var p => "positive " + p,
        int other => "other " + other,
    };
}
