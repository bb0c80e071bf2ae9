// Structs implementing interfaces: calls through a boxed interface mutate the box not the original, constrained generic calls on T and ref T mutate the caller's copy or not, readonly fields and foreach/list copies, struct enumerators and IDisposable in using, and ToString/GetType on boxed structs.
using System;
using System.Collections;
using System.Collections.Generic;

interface ICounter { int Count { get; } void Increment(); }

struct Counter : ICounter
{
    public int Count { get; private set; }
    public void Increment() => Count++;
    public override string ToString() => "Counter(" + Count + ")";
}

struct Range3 : IEnumerable<int>
{
    public int Start;
    public Enumerator GetEnumerator() => new Enumerator(Start);
    IEnumerator<int> IEnumerable<int>.GetEnumerator() => GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public struct Enumerator : IEnumerator<int>
    {
        private int _next, _left;
        public Enumerator(int start) { _next = start - 1; _left = 3; }
        public int Current => _next;
        object IEnumerator.Current => _next;
        public bool MoveNext() { _next++; return _left-- > 0; }
        public void Reset() => throw new NotSupportedException();
        public void Dispose() => Console.WriteLine("  enumerator disposed at " + _next);
    }
}

struct Scope : IDisposable
{
    public int Uses;
    public void Use() => Uses++;
    public void Dispose() => Console.WriteLine("  Scope.Dispose sees Uses=" + Uses);
}

class Holder { public readonly Counter ReadOnlyCounter; public Counter MutableCounter; }

class StructInterfaceBoxedConstrained
{
    static void BumpCopy<T>(T counter) where T : ICounter => counter.Increment();
    static void BumpRef<T>(ref T counter) where T : ICounter => counter.Increment();
    static int BumpTwiceAndRead<T>(T counter) where T : ICounter
    {
        counter.Increment();
        counter.Increment();
        return counter.Count;
    }
    static void BumpInterface(ICounter counter) => counter.Increment();

    static int Main()
    {
        var c = new Counter();
        c.Increment();
        ICounter boxed = c;
        boxed.Increment();
        boxed.Increment();
        Console.WriteLine("original " + c.Count + " boxed " + boxed.Count + " " + boxed);
        var unboxed = (Counter)boxed;
        unboxed.Increment();
        Console.WriteLine("unboxed copy " + unboxed.Count + " box still " + boxed.Count);
        BumpCopy(c);
        Console.WriteLine("after BumpCopy " + c.Count);
        BumpRef(ref c);
        Console.WriteLine("after BumpRef " + c.Count);
        Console.WriteLine("BumpTwiceAndRead " + BumpTwiceAndRead(c) + " caller " + c.Count);
        BumpInterface(c);
        Console.WriteLine("after BumpInterface (boxed copy) " + c.Count);
        object o = c;
        ((ICounter)o).Increment();
        Console.WriteLine("object box mutated via interface " + ((Counter)o).Count + " type " + o.GetType().Name + " " + o);

        var h = new Holder();
        h.ReadOnlyCounter.Increment();
        h.MutableCounter.Increment();
        Console.WriteLine("readonly field " + h.ReadOnlyCounter.Count + " mutable field " + h.MutableCounter.Count);

        var list = new List<Counter> { new Counter(), new Counter() };
        var first = list[0];
        first.Increment();
        Console.WriteLine("list element copy " + list[0].Count + " local " + first.Count);
        var array = new Counter[2];
        array[0].Increment();
        array[0].Increment();
        foreach (var item in array)
            item.Increment();
        Console.WriteLine("array element in place " + array[0].Count + " " + array[1].Count);
        Span<Counter> span = array;
        foreach (ref var item in span)
            item.Increment();
        Console.WriteLine("ref foreach over span " + array[0].Count + " " + array[1].Count);
        var r = new Range3 { Start = 10 };
        var sum = 0;
        foreach (var v in r)
            sum += v;
        Console.WriteLine("struct enumerator sum " + sum);
        IEnumerable<int> er = r;
        foreach (var v in er)
            sum += v;
        Console.WriteLine("via interface sum " + sum);

        using (var scope = new Scope())
        {
            scope.Use();
            scope.Use();
        }
        var s2 = new Scope();
        using (s2)
        {
            s2.Use();
        }
        Console.WriteLine("after using, local s2.Uses " + s2.Uses);

        return 0;
    }
}
