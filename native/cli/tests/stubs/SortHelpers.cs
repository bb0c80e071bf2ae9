// Array.Sort with keys that compare with themselves (int), keys that need a comparer (Plain), and keys with items:
// the sort helpers CoreLib would pick with reflection are picked by the compiler. Returns 100 when all is sorted.
using System;
using System.Collections.Generic;

static class Program
{
    sealed class Plain
    {
        public int Weight;
    }

    sealed class ByWeight : IComparer<Plain>
    {
        public int Compare(Plain a, Plain b) => a.Weight.CompareTo(b.Weight);
    }

    static int Main()
    {
        int[] keys = { 5, 3, 9, 1, 7 };
        Plain[] items = new Plain[keys.Length];
        for (int i = 0; i < items.Length; i++)
            items[i] = new Plain { Weight = keys[i] * 10 };
        Array.Sort(keys, items);
        for (int i = 1; i < keys.Length; i++)
            if (keys[i - 1] > keys[i] || items[i].Weight != keys[i] * 10)
                return 1;
        Array.Sort(items, new ByWeight());
        Array.Reverse(keys);
        Array.Sort(keys);
        for (int i = 0; i < keys.Length; i++)
            if (items[i].Weight != keys[i] * 10)
                return 2;
        return 100;
    }
}
