// BitArray (construction from bools/ints/bytes, Set/Get, And/Or/Xor/Not, LeftShift/RightShift, HasAllSet/HasAnySet, Length changes, CopyTo int[]), and SortedList<TKey,TValue> (ordered keys, IndexOfKey/IndexOfValue, TryGetValue, RemoveAt, Capacity, custom comparer, Keys/Values lists).
using System;
using System.Collections;
using System.Collections.Generic;
using System.Text;

class CollectionsBitArraySortedList
{
    static string Bits(BitArray b)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < b.Length; i++)
            sb.Append(b[i] ? '1' : '0');
        return sb.ToString();
    }

    static int Main()
    {
        var a = new BitArray(new[] { true, false, true, true, false, false, true, false, true, false });
        var b = new BitArray(10);
        b.Set(1, true);
        b[3] = true;
        b[9] = true;
        Console.WriteLine("a " + Bits(a) + " b " + Bits(b) + " a.Get(2) " + a.Get(2) + " length " + a.Length + " count " + a.Count);
        Console.WriteLine("and " + Bits(new BitArray(a).And(b)) + " or " + Bits(new BitArray(a).Or(b)) + " xor " + Bits(new BitArray(a).Xor(b)) + " not " + Bits(new BitArray(a).Not()));
        Console.WriteLine("shl2 " + Bits(new BitArray(a).LeftShift(2)) + " shr3 " + Bits(new BitArray(a).RightShift(3)));
        Console.WriteLine("any " + a.HasAnySet() + " all " + a.HasAllSet() + " empty any " + new BitArray(5).HasAnySet() + " full all " + new BitArray(5, true).HasAllSet());
        var fromInts = new BitArray(new[] { 5, -1 });
        Console.WriteLine("from ints length " + fromInts.Length + " first8 " + Bits(fromInts).Substring(0, 8) + " bit 32 " + fromInts[32]);
        var fromBytes = new BitArray(new byte[] { 0x81, 0x0F });
        Console.WriteLine("from bytes " + Bits(fromBytes));
        fromBytes.Length = 20;
        Console.WriteLine("grown " + Bits(fromBytes));
        fromBytes.Length = 4;
        Console.WriteLine("shrunk " + Bits(fromBytes));
        int[] words = new int[1];
        new BitArray(new[] { true, true, false, true }).CopyTo(words, 0);
        byte[] bytes = new byte[2];
        a.CopyTo(bytes, 0);
        Console.WriteLine("copyto int " + words[0] + " bytes " + BitConverter.ToString(bytes));
        a.SetAll(false);
        Console.WriteLine("setall " + Bits(a));
        try
        {
            new BitArray(3).And(new BitArray(4));
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        try
        {
            Console.WriteLine(b[10]);
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message.Replace("\n", " | "));
        }

        var sl = new SortedList<string, double>(StringComparer.Ordinal);
        sl.Add("mango", 1.5);
        sl["apple"] = 0.5;
        sl["cherry"] = 3.25;
        sl["Banana"] = 0.25;
        Console.WriteLine("sortedlist " + string.Join(" ", sl) + " capacity " + sl.Capacity);
        Console.WriteLine("index apple " + sl.IndexOfKey("apple") + " index kiwi " + sl.IndexOfKey("kiwi") + " index of 3.25 " + sl.IndexOfValue(3.25) + " key at 3 " + sl.Keys[3] + " value at 0 " + sl.Values[0]);
        Console.WriteLine("tryget " + sl.TryGetValue("cherry", out double ch) + " " + ch + " " + sl.TryGetValue("kiwi", out double ki) + " " + ki);
        sl.RemoveAt(0);
        sl.Remove("mango");
        sl.SetValueAtIndex(0, 9.75);
        Console.WriteLine("after removes " + string.Join(" ", sl) + " count " + sl.Count);
        sl.TrimExcess();
        Console.WriteLine("trimmed capacity " + sl.Capacity);
        var desc = new SortedList<int, string>(Comparer<int>.Create((x, y) => y.CompareTo(x)));
        foreach (int k in new[] { 4, 8, 1, 6 })
            desc.Add(k, new string('*', k));
        Console.WriteLine("desc keys " + string.Join(",", desc.Keys) + " first value " + desc.Values[0] + " contains value * " + desc.ContainsValue("*"));
        try
        {
            desc.Add(8, "dup");
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        try
        {
            sl.Keys.Add("x");
        }
        catch (NotSupportedException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        var nonGeneric = new SortedList { { 3, "c" }, { 1, "a" }, { 2, "b" } };
        Console.WriteLine("non-generic " + nonGeneric.GetKey(0) + nonGeneric.GetByIndex(0) + " " + nonGeneric.IndexOfKey(3) + " " + nonGeneric.Count);
        return 0;
    }
}
