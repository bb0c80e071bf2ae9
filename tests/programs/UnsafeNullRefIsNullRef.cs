// Checks Unsafe.NullRef and Unsafe.IsNullRef: a find method returning a ref to the matching array element or a null ref, writes through found refs, IsNullRef false for refs to locals, fields and elements, a ref local re-pointed from NullRef to a real element, and a generic NullRef of a struct type.
using System;
using System.Runtime.CompilerServices;

struct Entry { public int Key; public long Value; }

sealed class Holder { public int Field = 1; }

static class Program
{
    static int s_key = 30;

    static ref Entry Find(Entry[] entries, int key)
    {
        for (int i = 0; i < entries.Length; i++)
            if (entries[i].Key == key) return ref entries[i];
        return ref Unsafe.NullRef<Entry>();
    }

    static ref T FirstOrNull<T>(T[] arr) => ref arr.Length > 0 ? ref arr[0] : ref Unsafe.NullRef<T>();

    static int Main()
    {
        Entry[] entries = new Entry[5];
        for (int i = 0; i < entries.Length; i++) entries[i] = new Entry { Key = i * 10, Value = i * 100 };

        ref Entry e = ref Find(entries, s_key);
        if (Unsafe.IsNullRef(ref e)) return 1;
        e.Value = -1;
        if (entries[3].Value != -1) return 2;
        ref Entry missing = ref Find(entries, s_key + 1);
        if (!Unsafe.IsNullRef(ref missing)) return 3;

        int local = 5;
        var h = new Holder();
        if (Unsafe.IsNullRef(ref local) || Unsafe.IsNullRef(ref h.Field) || Unsafe.IsNullRef(ref entries[0])) return 4;

        ref int r = ref Unsafe.NullRef<int>();
        if (!Unsafe.IsNullRef(ref r)) return 5;
        r = ref entries[4].Key;
        r += 1;
        if (Unsafe.IsNullRef(ref r) || entries[4].Key != 41) return 6;

        if (!Unsafe.IsNullRef(ref FirstOrNull(new string[0]))) return 7;
        ref long first = ref FirstOrNull(new long[] { 7 });
        if (Unsafe.IsNullRef(ref first) || first != 7) return 8;
        int found = 0;
        for (int k = 0; k <= 50; k += 5)
            if (!Unsafe.IsNullRef(ref Find(entries, k))) found++;
        if (found != 4) return 9;
        return 100;
    }
}
