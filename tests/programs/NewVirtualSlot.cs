// Checks new virtual: a derived class starts a new virtual slot hiding the base one, a further class overrides the new slot, and calls through each static type pick the right slot.
class A
{
    public virtual int M() { return 1; }
}

class B : A
{
    public override int M() { return 2; }
}

class C : B
{
    public new virtual int M() { return 3; }
}

class D : C
{
    public override int M() { return 4; }
}

class E : D
{
    public int BaseM() { return base.M(); }
    public int ViaA() { return ((A)this).M(); }
}

static class Program
{
    static int s_zero = 0;

    static int Main()
    {
        D d = new D();
        if (d.M() != 4) return 1;
        if (((C)d).M() != 4) return 2;
        if (((B)d).M() != 2) return 3;
        if (((A)d).M() != 2) return 4;
        E e = new E();
        if (e.BaseM() != 4 || e.ViaA() != 2) return 5;
        A[] arr = { new A(), new B(), new C(), new D(), new E() };
        int sum = s_zero;
        for (int i = 0; i < arr.Length; i++) sum = sum * 10 + arr[i].M();
        if (sum != 12222) return 6;
        C[] cs = { new C(), new D(), new E() };
        int sum2 = s_zero;
        foreach (C c in cs) sum2 = sum2 * 10 + c.M();
        if (sum2 != 344) return 7;
        return 100;
    }
}
