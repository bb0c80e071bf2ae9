// Array.Sort through CoreLib's default sort helpers: keys that compare with themselves (int, double with NaN, a
// struct and a derived class comparing through IComparable<Base>) sort without a comparer object; keys that do not
// sort with a comparer or a Comparison; keys with items sort both arrays; sub-ranges, List<T>.Sort, BinarySearch.
using System;
using System.Collections.Generic;

static class Program
{
    struct Money : IComparable<Money>
    {
        public long Cents;
        public Money(long cents) { Cents = cents; }
        public int CompareTo(Money other) => Cents.CompareTo(other.Cents);
    }

    class Animal : IComparable<Animal>
    {
        public int Legs;
        public int CompareTo(Animal other) => Legs.CompareTo(other.Legs);
    }

    sealed class Dog : Animal
    {
        public int Tag;
    }

    sealed class Plain
    {
        public int Weight;
    }

    sealed class ByWeightDescending : IComparer<Plain>
    {
        public int Compare(Plain a, Plain b) => b.Weight.CompareTo(a.Weight);
    }

    static int s_seed = 12345;

    static int Next(int bound)
    {
        s_seed = s_seed * 1103515245 + 12345;
        return (int)((uint)s_seed >> 8) % bound;
    }

    static bool Ascending(int[] a)
    {
        for (int i = 1; i < a.Length; i++)
            if (a[i - 1] > a[i])
                return false;
        return true;
    }

    static int Main()
    {
        var ints = new int[500];
        long sum = 0;
        for (int i = 0; i < ints.Length; i++)
        {
            ints[i] = Next(100_000) - 50_000;
            sum += ints[i];
        }
        Array.Sort(ints);
        long after = 0;
        foreach (int v in ints)
            after += v;
        if (!Ascending(ints) || after != sum)
            return 1;
        int at = Array.BinarySearch(ints, ints[123]);
        if (at < 0 || ints[at] != ints[123])
            return 2;

        double[] doubles = { 3.5, double.NaN, -1.0, double.PositiveInfinity, 0.0, -0.0, double.NegativeInfinity, 2.25 };
        Array.Sort(doubles);
        if (!double.IsNaN(doubles[0]) || doubles[1] != double.NegativeInfinity || doubles[2] != -1.0
            || doubles[5] != 2.25 || doubles[6] != 3.5 || doubles[7] != double.PositiveInfinity)
            return 3;

        var money = new Money[50];
        for (int i = 0; i < money.Length; i++)
            money[i] = new Money(Next(1000) * 1000L + i);
        Array.Sort(money);
        for (int i = 1; i < money.Length; i++)
            if (money[i - 1].Cents >= money[i].Cents)
                return 4;

        // Dog is IComparable<Animal> only: Array.Sort<Dog> still compares through it.
        var dogs = new Dog[40];
        for (int i = 0; i < dogs.Length; i++)
            dogs[i] = new Dog { Legs = (i * 37) % 40, Tag = i };
        Array.Sort(dogs);
        for (int i = 0; i < dogs.Length; i++)
            if (dogs[i].Legs != i || (dogs[i].Tag * 37) % 40 != i)
                return 5;

        var plain = new Plain[60];
        for (int i = 0; i < plain.Length; i++)
            plain[i] = new Plain { Weight = (i * 7) % 60 };
        Array.Sort(plain, new ByWeightDescending());
        for (int i = 0; i < plain.Length; i++)
            if (plain[i].Weight != 59 - i)
                return 6;
        Array.Sort(plain, (a, b) => a.Weight - b.Weight);
        for (int i = 0; i < plain.Length; i++)
            if (plain[i].Weight != i)
                return 7;

        // Keys with items: both arrays follow the keys.
        var keys = new int[100];
        var items = new Plain[100];
        for (int i = 0; i < keys.Length; i++)
        {
            keys[i] = (i * 61) % 100;
            items[i] = new Plain { Weight = keys[i] * 2 };
        }
        Array.Sort(keys, items);
        for (int i = 0; i < keys.Length; i++)
            if (keys[i] != i || items[i].Weight != 2 * i)
                return 8;
        var plainKeys = new Plain[30];
        var labels = new int[30];
        for (int i = 0; i < plainKeys.Length; i++)
        {
            plainKeys[i] = new Plain { Weight = (i * 11) % 30 };
            labels[i] = plainKeys[i].Weight + 1000;
        }
        Array.Sort(plainKeys, labels, new ByWeightDescending());
        for (int i = 0; i < plainKeys.Length; i++)
            if (plainKeys[i].Weight != 29 - i || labels[i] != 1029 - i)
                return 9;

        // A sub-range, and List<T>.Sort.
        int[] part = { 9, 8, 7, 6, 5, 4, 3, 2, 1, 0 };
        Array.Sort(part, 2, 5);
        if (part[0] != 9 || part[1] != 8 || part[2] != 3 || part[6] != 7 || part[7] != 2)
            return 10;
        var list = new List<long>();
        for (int i = 0; i < 200; i++)
            list.Add(Next(1_000_000) * 3L);
        list.Sort();
        for (int i = 1; i < list.Count; i++)
            if (list[i - 1] > list[i])
                return 11;
        return 100;
    }
}
