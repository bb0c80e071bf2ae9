// The shapes of CoreLib's collection loops: `if ((uint)i >= (uint)a.Length) break;` guards the element access after
// it (no bounds check left), and `ref a[i]` of a checked array is not null (no null check of `entry`). The
// array's own null check stays in the loop (it is not hoisted).
static class Program
{
    struct Entry { public int Key; public int Next; }

    static int Find(Entry[] entries, int i, int key)
    {
        while (true)
        {
            if ((uint)i >= (uint)entries.Length)
                return -1;
            ref Entry entry = ref entries[i];
            if (entry.Key == key)
                return i;
            i = entry.Next;
        }
    }

    static int Main()
    {
        var entries = new Entry[4];
        for (int k = 0; k < entries.Length; k++)
            entries[k] = new Entry { Key = 10 * k, Next = k + 1 };
        return Find(entries, 0, 20) + Find(entries, 1, 99);
    }
}
