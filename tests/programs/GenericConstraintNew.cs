// Checks the new() constraint: new T() creating classes (running their constructors and field initializers) and structs (zeroed, or running a parameterless constructor), a generic factory and pool, and T created inside generic classes.
class Widget
{
    public static int Made;
    public int Serial = ++Made;
    public string Name = "widget";
}

class Gadget
{
    public int Power;
    public Gadget() { Power = 9000; }
}

struct Plain { public int X; }

struct WithCtor
{
    public int X;
    public WithCtor() { X = 77; }
}

class Pool<T> where T : new()
{
    T[] _free = new T[4];
    int _n;
    public int Created;

    public T Rent()
    {
        if (_n > 0) return _free[--_n];
        Created++;
        return new T();
    }

    public void Return(T item) { _free[_n++] = item; }
}

static class Program
{
    static int s_n = 3;

    static T[] Make<T>(int n) where T : new()
    {
        T[] a = new T[n];
        for (int i = 0; i < n; i++) a[i] = new T();
        return a;
    }

    static int Main()
    {
        Widget[] ws = Make<Widget>(s_n);
        if (ws[0].Serial != 1 || ws[2].Serial != 3 || ws[1].Name != "widget" || Widget.Made != 3) return 1;
        if (Make<Gadget>(1)[0].Power != 9000) return 2;
        Plain[] ps = Make<Plain>(s_n);
        ps[0].X = 5;
        if (ps[2].X != 0 || ps[0].X != 5) return 3;
        if (Make<WithCtor>(s_n)[1].X != 77) return 4;
        Pool<Widget> pool = new Pool<Widget>();
        Widget a = pool.Rent();
        Widget b = pool.Rent();
        pool.Return(a);
        Widget c = pool.Rent();
        if (c != a || pool.Created != 2 || b.Serial != 5) return 5;
        Pool<WithCtor> sp = new Pool<WithCtor>();
        WithCtor w = sp.Rent();
        w.X++;
        sp.Return(w);
        if (sp.Rent().X != 78 || sp.Rent().X != 77 || sp.Created != 2) return 6;
        object[] objs = Make<object>(2);
        if (Make<int>(2)[1] != 0 || objs[1] == null || objs[0] == objs[1]) return 7;
        return 100;
    }
}
