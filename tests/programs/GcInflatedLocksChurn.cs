// Locks that hold an identity hash too (Mono's runtime moves both into a sync block) on thousands of objects, most
// of which die: the survivors keep their hashes and their lock state through collections while the blocks of the
// dead ones are reused, and nested locks deeper than a lock word counts come and go among them.
using System;
using System.Runtime.CompilerServices;
using System.Threading;

static class Program
{
    sealed class Item
    {
        public int Id;
        public Item(int id) { Id = id; }
    }

    static int s_count = 18_000;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static int LockDeep(Item item, int depth)
    {
        lock (item)
            return depth == 0 ? RuntimeHelpers.GetHashCode(item) : LockDeep(item, depth - 1);
    }

    static int Main()
    {
        // Every fourth item is kept: more live sync blocks than one page of them holds (4095).
        var kept = new Item[s_count / 4];
        var hashes = new int[kept.Length];
        for (int i = 0; i < s_count; i++)
        {
            var item = new Item(i);
            int hash;
            lock (item)
            {
                hash = RuntimeHelpers.GetHashCode(item);
                if (!Monitor.IsEntered(item))
                    return 1;
            }
            if (Monitor.IsEntered(item) || RuntimeHelpers.GetHashCode(item) != hash)
                return 2;
            if (i % 4 == 0)
            {
                kept[i / 4] = item;
                hashes[i / 4] = hash;
            }
            if (i % 1000 == 0)
            {
                var deep = new Item(-i);
                int deepHash = LockDeep(deep, 300);
                if (Monitor.IsEntered(deep) || RuntimeHelpers.GetHashCode(deep) != deepHash)
                    return 3;
                GC.Collect();
            }
        }
        GC.Collect();
        for (int i = 0; i < kept.Length; i++)
        {
            Item item = kept[i];
            if (item.Id != i * 4 || Monitor.IsEntered(item) || RuntimeHelpers.GetHashCode(item) != hashes[i])
                return 4;
            lock (item)
            {
                lock (item)
                {
                    if (!Monitor.IsEntered(item) || RuntimeHelpers.GetHashCode(item) != hashes[i])
                        return 5;
                }
            }
            if (Monitor.IsEntered(item))
                return 6;
        }
        return 100;
    }
}
