// The write barrier (`global.get 4`, the card table; a store of 1 to the card of the written address) follows a
// store of a reference only where the target may be an old object: a field of a parameter (`Join`), an array of
// structs holding references (`Put`: two marks, the struct's first and last byte), a field of an object allocated
// before a call (`Remake`, after the second `new`). None for a new object's fields before any call (`Make`: the
// constructor inlined), a static field (`Remember`), a struct in the frame (`Local`), or an int field.
using System;
using System.Runtime.CompilerServices;

static class Program
{
    sealed class Link
    {
        public Link Next;
        public int Value;
        public Link(Link next, int value) { Next = next; Value = value; }
    }

    struct Entry { public string Key; public int Hash; public object Value; }

    static Link s_last;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Join(Link a, Link b) { a.Next = b; a.Value = 1; }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static Link Make(Link next) => new Link(next, 2);

    [MethodImpl(MethodImplOptions.NoInlining)]
    static Link Remake(Link next)
    {
        Link n = new Link(null, 3);
        n.Next = new Link(next, 4);
        return n;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Remember(Link n) => s_last = n;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Put(Entry[] entries, string key, object value) => entries[1] = new Entry { Key = key, Hash = 5, Value = value };

    [MethodImpl(MethodImplOptions.NoInlining)]
    static int Local(string key)
    {
        Entry e = default;
        e.Key = key;
        e.Hash = key.Length;
        return e.Hash + (e.Key == null ? 0 : 1);
    }

    static int Main()
    {
        Link a = Make(null);
        Join(a, Remake(a));
        Remember(a);
        Entry[] entries = new Entry[2];
        Put(entries, "k", a);
        return a.Next.Value + Local("key") + entries[1].Hash + s_last.Value;
    }
}
