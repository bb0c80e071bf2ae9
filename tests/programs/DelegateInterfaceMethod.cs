// Checks delegates to interface methods: created from an interface-typed reference they call the implementing class's method (implicit and explicit implementations, a default interface method, a re-implementation), and on a boxed struct.
interface IValue
{
    int Get();
    int Scaled(int k) { return Get() * k; }
}

class A : IValue { public int V; public int Get() { return V; } }
class B : IValue { int IValue.Get() { return 7; } public int Get() { return -1; } }
class C : IValue { public int Get() { return 2; } public int Scaled(int k) { return k + 1000; } }
class D : A, IValue { int IValue.Get() { return V + 50; } }

struct S : IValue
{
    public int X;
    public int Get() { X++; return X; }
}

static class Program
{
    static int s_v = 9;

    static System.Func<int> Bind(IValue v) { return v.Get; }

    static int Main()
    {
        IValue a = new A { V = s_v };
        System.Func<int> ga = a.Get;
        if (ga() != 9) return 1;
        IValue b = new B();
        System.Func<int> gb = b.Get;
        if (gb() != 7) return 2;
        System.Func<int> gbDirect = ((B)b).Get;
        if (gbDirect() != -1) return 3;
        System.Func<int, int> scaledA = a.Scaled;
        if (scaledA(3) != 27) return 4;
        IValue c = new C();
        System.Func<int, int> scaledC = c.Scaled;
        if (scaledC(3) != 1003) return 5;
        IValue d = new D { V = s_v };
        if (Bind(d)() != 59) return 6;
        if (((A)d).Get() != 9) return 7;
        IValue boxed = new S { X = s_v };
        System.Func<int> gs = boxed.Get;
        gs(); gs();
        if (gs() != 12) return 8;
        if (boxed.Get() != 13) return 9;
        IValue[] items = { a, b, c, d };
        int r = 0;
        for (int i = 0; i < items.Length; i++) r += Bind(items[i])();
        if (r != 77) return 10;
        return 100;
    }
}
