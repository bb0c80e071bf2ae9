// Checks catch (Box<T>) in shared generic code over different reference types only matches the exact instantiation (Box<string> must not catch Box<object>); expects checksum.
using System;
class Box<T> : Exception { public T Val; public Box(T v) : base() { Val = v; } }
class Node { public int N; }
class P {
    static int Catcher<T>(Action a) {
        try { a(); return 0; }
        catch (Box<T>) { return 1; }
        catch (Exception) { return 2; }
    }
    static int Outer<T, U>(Action a) {
        try { return Catcher<T>(a) * 10; }
        catch (Box<U>) { return 3; }
    }
    static int Main() {
        Action bs = () => throw new Box<string>("x"), bo = () => throw new Box<object>(null), bn = () => throw new Box<Node>(new Node());
        long acc = 0;
        acc = acc * 5 + Catcher<string>(bs);
        acc = acc * 5 + Catcher<object>(bs);
        acc = acc * 5 + Catcher<string>(bo);
        acc = acc * 5 + Catcher<Node>(bn);
        acc = acc * 5 + Catcher<object>(bn);
        acc = acc * 5 + Catcher<int>(bs);
        acc = acc * 5 + Outer<Node, string>(bs);
        acc = acc * 5 + Outer<string, Node>(bs);
        return (int)((ulong)acc % 241) + 3;
    }
}
