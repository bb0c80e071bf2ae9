// ConditionalWeakTable's operations: Add (and Add of a key already there, an ArgumentException), TryAdd,
// AddOrUpdate, Remove, GetValue with a factory called once per key, GetOrCreateValue, Clear, and a table that
// grows past its first container.
using System;
using System.Runtime.CompilerServices;

static class Program
{
    sealed class Key
    {
        public int Id;
        public Key(int id) { Id = id; }
    }

    sealed class Box
    {
        public int Value;
    }

    static int s_factoryCalls;

    static int Main()
    {
        var table = new ConditionalWeakTable<Key, Box>();
        var a = new Key(1);
        var b = new Key(2);
        table.Add(a, new Box { Value = 10 });
        try
        {
            table.Add(a, new Box { Value = 11 });
            return 1;
        }
        catch (ArgumentException)
        {
        }
        if (!table.TryGetValue(a, out Box found) || found.Value != 10)
            return 2;
        if (table.TryAdd(a, new Box { Value = 12 }) || !table.TryAdd(b, new Box { Value = 20 }))
            return 3;
        table.AddOrUpdate(a, new Box { Value = 13 });
        if (!table.TryGetValue(a, out found) || found.Value != 13)
            return 4;
        if (!table.Remove(b) || table.Remove(b) || table.TryGetValue(b, out _))
            return 5;

        Box made = table.GetValue(b, k => { s_factoryCalls++; return new Box { Value = k.Id * 100 }; });
        Box again = table.GetValue(b, k => { s_factoryCalls++; return new Box { Value = -1 }; });
        if (made != again || made.Value != 200 || s_factoryCalls != 1)
            return 6;
        var c = new Key(3);
        Box created = table.GetOrCreateValue(c);
        if (created == null || created.Value != 0 || table.GetOrCreateValue(c) != created)
            return 7;

        // Grow well past the first container, then look everything up.
        var keys = new Key[1000];
        for (int i = 0; i < keys.Length; i++)
        {
            keys[i] = new Key(i);
            table.Add(keys[i], new Box { Value = i + 5 });
        }
        for (int i = 0; i < keys.Length; i++)
        {
            if (!table.TryGetValue(keys[i], out found) || found.Value != i + 5)
                return 8;
        }
        if (!table.TryGetValue(a, out found) || found.Value != 13)
            return 9;

        table.Clear();
        if (table.TryGetValue(a, out _) || table.TryGetValue(keys[500], out _))
            return 10;
        table.Add(a, new Box { Value = 14 });
        if (!table.TryGetValue(a, out found) || found.Value != 14)
            return 11;
        GC.KeepAlive(keys);
        return 100;
    }
}
