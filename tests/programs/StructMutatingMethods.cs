// Checks struct methods that mutate this: called on locals, array elements and class fields they change the storage in place, while called on a readonly field or on a value returned from a property they change a temporary copy.
struct Counter
{
    public int N;
    public int Inc() { N++; return N; }
    public void Reset(int to) { this = new Counter { N = to }; }
}

class Host
{
    public Counter Field;
    public readonly Counter Frozen;
    Counter _backing;
    public Counter Prop { get { return _backing; } set { _backing = value; } }
    public Host() { Frozen.N = 50; }
    public int IncFrozen() { return Frozen.Inc(); }
}

static class Program
{
    static int s_n = 3;

    static int Main()
    {
        Counter local = new Counter();
        for (int i = 0; i < s_n; i++) local.Inc();
        if (local.N != 3) return 1;
        local.Reset(20);
        if (local.N != 20 || local.Inc() != 21) return 2;
        Counter[] arr = new Counter[4];
        arr[2].Inc();
        arr[2].Inc();
        arr[3].Reset(s_n);
        if (arr[2].N != 2 || arr[3].N != 3 || arr[0].N != 0) return 3;
        Host h = new Host();
        h.Field.Inc();
        h.Field.Inc();
        if (h.Field.N != 2) return 4;
        // Frozen is readonly: each call works on a copy.
        if (h.Frozen.Inc() != 51 || h.Frozen.Inc() != 51 || h.Frozen.N != 50) return 5;
        if (h.IncFrozen() != 51 || h.Frozen.N != 50) return 6;
        // A property returns a copy.
        if (h.Prop.Inc() != 1 || h.Prop.Inc() != 1 || h.Prop.N != 0) return 7;
        Counter c = h.Prop;
        c.Inc();
        h.Prop = c;
        if (h.Prop.N != 1) return 8;
        return 100;
    }
}
