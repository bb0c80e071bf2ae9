// One array fans out to more children than the collector's mark stack holds (each child with references of its
// own, and the later children with payloads reachable only through them), so marking must overflow and recover;
// every child and payload must survive collections intact, also when the fan-out is held by a struct array and
// by a tree of wide nodes.
using System;
using System.Runtime.CompilerServices;

static class Program
{
    sealed class Child
    {
        public Child Sibling;
        public object Payload;
        public int Id;
    }

    struct Slot
    {
        public int Key;
        public Child Item;
    }

    static int s_width = 70_000;
    static int s_payloadFrom = 55_000;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static long Ballast(int rounds)
    {
        long sum = 0;
        for (int i = 0; i < rounds; i++)
        {
            long[] b = new long[20_000 + i % 7];
            b[i % 7] = i;
            sum += b.Length + b[i % 7];
        }
        return sum;
    }

    static int CheckChild(Child c, int id)
    {
        if (c == null)
            return 2;
        if (c.Id != id)
            return 3;
        if (id > 0 && c.Sibling.Id != id - 1)
            return 4;
        if (id >= s_payloadFrom)
        {
            if (id % 2 == 0)
            {
                if (c.Payload is not int[] a || a.Length != 3 || a[0] != id || a[2] != -id)
                    return 5;
            }
            else
            {
                if (c.Payload is not Child p || p.Id != -id || p.Sibling != c)
                    return 6;
            }
        }
        else if (c.Payload != null)
        {
            return 7;
        }
        return 0;
    }

    static int Main()
    {
        int width = s_width;
        Child[] children = new Child[width];
        Child prev = null;
        for (int i = 0; i < width; i++)
        {
            Child c = new Child { Id = i, Sibling = prev };
            if (i >= s_payloadFrom)
                c.Payload = i % 2 == 0 ? new int[] { i, 0, -i } : new Child { Id = -i, Sibling = c };
            children[i] = c;
            prev = c;
        }
        prev = null;
        long ballast = Ballast(400);
        for (int i = 0; i < width; i++)
        {
            int r = CheckChild(children[i], i);
            if (r != 0)
                return r;
        }
        // The same children held through a struct array instead, in reverse order.
        Slot[] slots = new Slot[width];
        for (int i = 0; i < width; i++)
            slots[i] = new Slot { Key = i, Item = children[width - 1 - i] };
        children = null;
        ballast += Ballast(400);
        for (int i = 0; i < width; i++)
        {
            if (slots[i].Key != i)
                return 8;
            int r = CheckChild(slots[i].Item, width - 1 - i);
            if (r != 0)
                return 10 + r;
        }
        // And through a two-level tree of wide object arrays.
        object[] top = new object[width / 1000 + 1];
        for (int i = 0; i < width; i++)
        {
            object[] group = (object[])top[i / 1000];
            if (group == null)
            {
                group = new object[1000];
                top[i / 1000] = group;
            }
            group[i % 1000] = slots[width - 1 - i].Item;
        }
        slots = null;
        ballast += Ballast(400);
        for (int i = 0; i < width; i++)
        {
            int r = CheckChild((Child)((object[])top[i / 1000])[i % 1000], i);
            if (r != 0)
                return 20 + r;
        }
        return ballast > 0 ? 100 : 30;
    }
}
