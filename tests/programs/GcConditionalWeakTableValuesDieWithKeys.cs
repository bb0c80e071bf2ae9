// ConditionalWeakTable: a value lives as long as its key and no longer, does not keep its key alive even when it
// refers back to the key, and entries of dead keys disappear from the table while live keys keep theirs.
using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

static class Program
{
    sealed class Key
    {
        public int Id;
        public Key(int id) { Id = id; }
    }

    sealed class Attached
    {
        public int Value;
        public Key Back;
    }

    static readonly ConditionalWeakTable<Key, Attached> s_table = new ConditionalWeakTable<Key, Attached>();
    static Key[] s_kept;
    static int s_count = 600;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static WeakReference<Attached>[] Fill(out WeakReference<Key>[] keys)
    {
        s_kept = new Key[s_count];
        var values = new WeakReference<Attached>[s_count];
        keys = new WeakReference<Key>[s_count];
        for (int i = 0; i < s_count; i++)
        {
            var key = new Key(i);
            var value = new Attached { Value = i * 3 };
            if (i % 3 == 0)
                value.Back = key;
            s_table.Add(key, value);
            keys[i] = new WeakReference<Key>(key);
            values[i] = new WeakReference<Attached>(value);
            if (i % 2 == 0)
                s_kept[i] = key;
        }
        return values;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static long Churn(int rounds)
    {
        long sum = 0;
        for (int i = 0; i < rounds; i++)
            sum += new Attached { Value = i }.Value;
        return sum;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static int Check(WeakReference<Attached>[] values, WeakReference<Key>[] keys)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        for (int i = 0; i < s_count; i++)
        {
            bool kept = i % 2 == 0;
            if (keys[i].TryGetTarget(out _) != kept)
                return 1;
            if (values[i].TryGetTarget(out Attached v) != kept)
                return 2;
            if (kept)
            {
                if (!s_table.TryGetValue(s_kept[i], out Attached found) || found != v || found.Value != i * 3)
                    return 3;
                if (i % 3 == 0 && found.Back != s_kept[i])
                    return 4;
            }
        }
        int live = 0;
        foreach (KeyValuePair<Key, Attached> entry in (IEnumerable<KeyValuePair<Key, Attached>>)s_table)
        {
            if (entry.Key.Id % 2 != 0 || entry.Value.Value != entry.Key.Id * 3)
                return 5;
            live++;
        }
        return live == s_count / 2 ? 0 : 6;
    }

    static int Main()
    {
        WeakReference<Attached>[] values = Fill(out WeakReference<Key>[] keys);
        long sum = Churn(2_000);
        int failed = Check(values, keys);
        if (failed != 0)
            return failed;
        // The surviving keys still map, and new keys can be added after the dead ones went.
        var late = new Key(-1);
        s_table.Add(late, new Attached { Value = 7 });
        if (!s_table.TryGetValue(late, out Attached l) || l.Value != 7)
            return 7;
        GC.KeepAlive(late);
        return sum > 0 ? 100 : 8;
    }
}
