// Checks member hiding with new: a new method, field and property in a derived class are chosen by the static type of the reference, while a virtual method on the same objects still dispatches on the dynamic type.
class Base
{
    public int Value = 1;
    public int Name() { return 10; }
    public int Prop { get { return 100; } }
    public virtual int Virt() { return 1000; }
    public int CallName() { return Name(); }
}

class Derived : Base
{
    public new int Value = 2;
    public new int Name() { return 20; }
    public new int Prop { get { return 200; } }
    public override int Virt() { return 2000; }
    public int BaseValue() { return base.Value; }
}

class Further : Derived
{
    public new int Name() { return 30 + base.Name(); }
}

static class Program
{
    static int s_pick = 1;

    static int Main()
    {
        Derived d = new Derived();
        Base b = d;
        if (b.Name() != 10 || d.Name() != 20) return 1;
        if (b.Value != 1 || d.Value != 2) return 2;
        if (b.Prop != 100 || d.Prop != 200) return 3;
        if (b.Virt() != 2000 || d.Virt() != 2000) return 4;
        if (d.CallName() != 10) return 5;
        d.Value = 5;
        b.Value = 7;
        if (d.Value != 5 || d.BaseValue() != 7 || ((Base)d).Value != 7) return 6;
        Further f = new Further();
        if (f.Name() != 50 || ((Derived)f).Name() != 20 || ((Base)f).Name() != 10) return 7;
        Base pick = s_pick == 1 ? new Further() : new Base();
        if (pick.Name() != 10 || pick.Virt() != 2000) return 8;
        return 100;
    }
}
