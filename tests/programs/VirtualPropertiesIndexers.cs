// Checks virtual and abstract properties and indexers: overridden getters and setters, a derived class overriding only the setter, and an abstract indexer implemented over different storage.
abstract class Store
{
    public abstract int this[int i] { get; set; }
    public abstract int Size { get; }
    public virtual int Writes { get; set; }

    public int Total()
    {
        int t = 0;
        for (int i = 0; i < Size; i++) t += this[i];
        return t;
    }
}

class ArrayStore : Store
{
    int[] _a;
    public ArrayStore(int n) { _a = new int[n]; }
    public override int this[int i]
    {
        get { return _a[i]; }
        set { _a[i] = value; Writes++; }
    }
    public override int Size { get { return _a.Length; } }
}

class ConstantStore : Store
{
    int _n, _v;
    public ConstantStore(int n, int v) { _n = n; _v = v; }
    public override int this[int i]
    {
        get { return _v + i; }
        set { _v = value - i; Writes++; }
    }
    public override int Size { get { return _n; } }
}

class CountingStore : ArrayStore
{
    public int SetterCalls;
    public CountingStore(int n) : base(n) { }
    public override int Writes
    {
        get { return base.Writes; }
        set { SetterCalls++; base.Writes = value * 2; }
    }
}

static class Program
{
    static int s_n = 6;

    static int Main()
    {
        Store a = new ArrayStore(s_n);
        for (int i = 0; i < a.Size; i++) a[i] = i * i;
        if (a.Total() != 55 || a.Writes != 6) return 1;
        a[2] += 10;
        if (a[2] != 14 || a.Writes != 7) return 2;
        Store c = new ConstantStore(s_n, 3);
        if (c.Total() != 33) return 3;
        c[4] = 100;
        if (c[0] != 96 || c.Total() != 591 || c.Writes != 1) return 4;
        CountingStore cs = new CountingStore(3);
        Store s = cs;
        s[0] = 1;
        s[1] = 1;
        s[2] = 1;
        if (cs.SetterCalls != 3 || s.Writes != 14) return 5;
        return 100;
    }
}
