// Ref locals into object fields, array elements (of ints, of references, of structs) and fields of structs inside
// arrays, a struct method's `this` in an array element, ref fields of a ref struct and a `fixed` pointer's pinned
// local are the only things keeping their objects alive across calls that allocate heavily; reads and writes
// through them must reach the same objects, which other refs taken later must see.
using System;
using System.Runtime.CompilerServices;

static class Program
{
    sealed class Box
    {
        public long Before;
        public int Value;
        public string Name;
        public long After;
    }

    struct Pair
    {
        public int Left;
        public string Text;
        public int Right;

        // Runs with `this` pointing into an array element while it allocates enough to collect.
        [MethodImpl(MethodImplOptions.NoInlining)]
        public long Grow(int n)
        {
            Text = string.Concat(Text, "+");
            long s = Churn(n);
            Left += 1;
            Text = string.Concat(Text, "!");
            return s;
        }
    }

    // A ref struct whose ref fields are the only references to the objects they point into.
    ref struct Cursor
    {
        public ref int Slot;
        public ref string Name;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static Cursor MakeCursor(int n)
    {
        int[] a = NewInts(n);
        Box b = NewBox(n);
        Cursor c = default;
        c.Slot = ref a[n / 2];
        c.Name = ref b.Name;
        return c;
    }

    static int s_churn = 20_000;
    static int s_size = 5000;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static long Churn(int n)
    {
        long s = 0;
        for (int i = 0; i < n; i++)
        {
            Box b = new Box { Value = i };
            s += b.Value;
            if (i % 32 == 0)
            {
                long[] big = new long[8000];
                big[i % 8000] = i;
                s += big[i % 8000];
            }
        }
        return s;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static Box NewBox(int v) => new Box { Before = -1, Value = v, Name = "box", After = -2 };

    [MethodImpl(MethodImplOptions.NoInlining)]
    static int[] NewInts(int n)
    {
        int[] a = new int[n];
        for (int i = 0; i < n; i++)
            a[i] = i * 3;
        return a;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static Pair[] NewPairs(int n)
    {
        Pair[] a = new Pair[n];
        for (int i = 0; i < n; i++)
            a[i] = new Pair { Left = i, Text = (i % 2 == 0) ? "even" : "odd", Right = -i };
        return a;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static string[] NewStrings(int n)
    {
        string[] a = new string[n];
        for (int i = 0; i < n; i++)
            a[i] = string.Concat("s", (i % 10 == 0) ? "ten" : "x");
        return a;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static unsafe int Pinned()
    {
        int[] a = NewInts(1000);
        long total = 0;
        fixed (int* p = a)
        {
            // Only the pinned local keeps the array now; same-sized arrays are churned to reuse its memory if freed.
            a = null;
            for (int i = 0; i < 300; i++)
            {
                int[] same = new int[1000];
                same[0] = -1;
                total += same.Length;
            }
            total += Churn(s_churn / 4);
            p[10] = 77;
            for (int i = 0; i < 300; i++)
                total += new int[1000].Length;
            if (p[10] != 77 || p[11] != 33 || p[999] != 999 * 3)
                return 12;
        }
        return total > 0 ? 0 : 13;
    }

    static int Main()
    {
        long total = 0;
        // A ref to a field in the middle of an object.
        ref int value = ref NewBox(42).Value;
        ref string name = ref NewBox(7).Name;
        // Refs to elements in the middle and at the ends of arrays.
        ref int mid = ref NewInts(s_size)[s_size / 2];
        int[] keepEnds = NewInts(s_size);
        ref int last = ref keepEnds[s_size - 1];
        keepEnds = null;
        ref string str = ref NewStrings(s_size)[s_size - 10];
        ref Pair pair = ref NewPairs(s_size)[s_size / 3];
        ref string pairText = ref NewPairs(s_size)[s_size - 1].Text;
        total += Churn(s_churn);
        if (value != 42 || Unsafe.Add(ref value, 0) != 42)
            return 1;
        if (name != "box")
            return 2;
        if (mid != s_size / 2 * 3 || Unsafe.Add(ref mid, 1) != (s_size / 2 + 1) * 3 || Unsafe.Add(ref mid, -1) != (s_size / 2 - 1) * 3)
            return 3;
        if (last != (s_size - 1) * 3)
            return 4;
        if (str.Length != 4 || str[1] != 't')
            return 5;
        if (pair.Left != s_size / 3 || pair.Right != -(s_size / 3) || pair.Text != ((s_size / 3) % 2 == 0 ? "even" : "odd"))
            return 6;
        if (pairText != ((s_size - 1) % 2 == 0 ? "even" : "odd"))
            return 7;
        // Write through the refs, churn, read back.
        value = 4242;
        name = string.Concat("new", "name");
        mid = -5;
        last = -6;
        str = string.Concat("re", "placed");
        pair.Text = string.Concat("pair", "text");
        pair.Left = 99;
        pairText = null;
        total += Churn(s_churn);
        if (value != 4242 || name != "newname" || mid != -5 || last != -6)
            return 8;
        if (str != "replaced" || pair.Text != "pairtext" || pair.Left != 99 || pair.Right != -(s_size / 3) || pairText != null)
            return 9;
        // Refs reassigned in a loop to elements of fresh arrays each time.
        ref int walker = ref NewInts(16)[0];
        for (int i = 0; i < 200; i++)
        {
            int[] fresh = NewInts(64 + i);
            walker = ref fresh[i % 64];
            fresh = null;
            total += Churn(100);
            if (walker != (i % 64) * 3)
                return 10;
        }
        // A struct method running on an element of an array nothing else holds.
        ref Pair element = ref NewPairs(64)[7];
        total += element.Grow(s_churn / 4);
        total += Churn(s_churn / 4);
        if (element.Left != 8 || element.Text != "odd+!" || element.Right != -7 || Unsafe.Add(ref element, 1).Text != "even")
            return 14;
        Cursor cursor = MakeCursor(500);
        total += Churn(s_churn / 4);
        if (cursor.Slot != 250 * 3 || cursor.Name != "box" || Unsafe.Add(ref cursor.Slot, 1) != 251 * 3)
            return 15;
        cursor.Slot = -1;
        cursor.Name = string.Concat("cur", "sor");
        total += Churn(s_churn / 4);
        if (cursor.Slot != -1 || cursor.Name != "cursor" || Unsafe.Add(ref cursor.Slot, -1) != 249 * 3)
            return 16;
        int pinned = Pinned();
        if (pinned != 0)
            return pinned;
        return total > 0 ? 100 : 11;
    }
}
