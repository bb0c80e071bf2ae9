// Interlocked on one thread: Increment/Decrement/Add/Exchange/CompareExchange on int, long, uint, ulong, float, double and references, And/Or, Read, generic CompareExchange, wrap-around, and Volatile.Read/Write plus volatile fields.
using System;
using System.Threading;

class Node
{
    public string Name;
    public Node(string name) { Name = name; }
    public override string ToString() => "Node(" + Name + ")";
}

class InterlockedVolatileOps
{
    static int _i;
    static long _l;
    static uint _u;
    static ulong _ul;
    static volatile int _flag;
    static volatile Node _volatileNode;
    static Node _head;

    static int Main()
    {
        Console.WriteLine("int: " + Interlocked.Increment(ref _i) + " " + Interlocked.Increment(ref _i) + " " + Interlocked.Decrement(ref _i) + " " + Interlocked.Add(ref _i, 10) + " " + _i);
        Console.WriteLine("int Exchange: " + Interlocked.Exchange(ref _i, 100) + " -> " + _i);
        Console.WriteLine("int CompareExchange hit: " + Interlocked.CompareExchange(ref _i, 200, 100) + " -> " + _i);
        Console.WriteLine("int CompareExchange miss: " + Interlocked.CompareExchange(ref _i, 300, 100) + " -> " + _i);
        _i = int.MaxValue;
        Console.WriteLine("int wrap: " + Interlocked.Increment(ref _i) + " " + Interlocked.Add(ref _i, -1));
        _l = long.MaxValue - 1;
        Console.WriteLine("long: " + Interlocked.Increment(ref _l) + " " + Interlocked.Increment(ref _l) + " " + Interlocked.Read(ref _l));
        Console.WriteLine("long Add/Exchange: " + Interlocked.Add(ref _l, 5) + " " + Interlocked.Exchange(ref _l, 1L << 40) + " " + Interlocked.CompareExchange(ref _l, 7, 1L << 40) + " " + _l);
        Console.WriteLine("uint: " + Interlocked.Decrement(ref _u) + " " + Interlocked.Increment(ref _u) + " " + Interlocked.Add(ref _u, 4000000000u) + " " + Interlocked.Exchange(ref _u, 5u) + " " + _u);
        Console.WriteLine("ulong: " + Interlocked.Decrement(ref _ul) + " " + Interlocked.CompareExchange(ref _ul, 1UL, ulong.MaxValue) + " " + _ul);

        int bits = 0b1100;
        Console.WriteLine("And: " + Interlocked.And(ref bits, 0b1010) + " -> " + bits + "; Or: " + Interlocked.Or(ref bits, 0b0011) + " -> " + bits);
        long lbits = 0xFF00;
        Console.WriteLine("long And/Or: " + Interlocked.And(ref lbits, 0x0FF0) + " " + Interlocked.Or(ref lbits, 1L << 33) + " -> " + lbits);
        uint ubits = 0xF0F0F0F0;
        Console.WriteLine("uint And/Or: " + Interlocked.And(ref ubits, 0xFFFF0000).ToString("X8") + " " + Interlocked.Or(ref ubits, 0x0000000Fu).ToString("X8") + " -> " + ubits.ToString("X8"));

        double d = 1.5;
        Console.WriteLine("double: " + Interlocked.Exchange(ref d, 2.25) + " " + Interlocked.CompareExchange(ref d, 3.5, 2.25) + " " + Interlocked.CompareExchange(ref d, 9.0, 2.25) + " -> " + d);
        float f = 0.5f;
        Console.WriteLine("float: " + Interlocked.Exchange(ref f, -1.25f) + " " + Interlocked.CompareExchange(ref f, 4f, -1.25f) + " -> " + f);
        double nan = double.NaN;
        Console.WriteLine("NaN CompareExchange (bitwise): " + Interlocked.CompareExchange(ref nan, 1.0, double.NaN) + " -> " + nan);

        var a = new Node("a");
        var b = new Node("b");
        Console.WriteLine("ref Exchange: " + (Interlocked.Exchange(ref _head, a) == null) + " " + _head);
        Console.WriteLine("ref CompareExchange hit: " + Interlocked.CompareExchange(ref _head, b, a) + " -> " + _head);
        Console.WriteLine("ref CompareExchange miss: " + Interlocked.CompareExchange(ref _head, a, new Node("b")) + " -> " + _head);
        object boxed = 5;
        Console.WriteLine("object CompareExchange uses identity: " + Interlocked.CompareExchange(ref boxed, "six", (object)5) + " -> " + boxed);
        string s = "x";
        Interlocked.CompareExchange(ref s, "y", s);
        Console.WriteLine("string: " + s);

        var stack = new Node[0];
        for (int k = 0; k < 3; k++)
        {
            Node[] current, updated;
            do
            {
                current = Volatile.Read(ref stack);
                updated = new Node[current.Length + 1];
                Array.Copy(current, updated, current.Length);
                updated[current.Length] = new Node("n" + k);
            } while (Interlocked.CompareExchange(ref stack, updated, current) != current);
        }
        Console.WriteLine("lock-free push: " + string.Join(",", (object[])stack));

        Volatile.Write(ref _i, 77);
        Console.WriteLine("Volatile int: " + Volatile.Read(ref _i));
        long vl = 0;
        Volatile.Write(ref vl, -9_000_000_000L);
        bool vb = false;
        Volatile.Write(ref vb, true);
        double vd = 0;
        Volatile.Write(ref vd, 0.125);
        Console.WriteLine("Volatile long/bool/double: " + Volatile.Read(ref vl) + " " + Volatile.Read(ref vb) + " " + Volatile.Read(ref vd));
        _flag = 1;
        _volatileNode = new Node("v");
        Interlocked.MemoryBarrier();
        Console.WriteLine("volatile fields: " + _flag + " " + _volatileNode + " " + (_flag + 1));

        int counter = 0;
        for (int k = 0; k < 1000; k++)
            Interlocked.Increment(ref counter);
        Console.WriteLine("loop: " + counter);
        return 0;
    }
}
