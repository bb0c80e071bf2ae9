// Checks structs implementing interfaces: calling through an interface boxes a copy (mutations go to the box), a generic method constrained to the interface mutates the caller's struct in place, and a boxed struct mutated repeatedly through one reference.
interface ICounter
{
    int Next();
    int Value { get; }
}

struct Tally : ICounter
{
    public int Count;
    public int Next() { return ++Count; }
    public int Value { get { return Count; } }
}

static class Program
{
    static int s_n = 4;

    static int AdvanceInPlace<T>(ref T counter, int n) where T : ICounter
    {
        int last = 0;
        for (int i = 0; i < n; i++) last = counter.Next();
        return last;
    }

    static int AdvanceCopy<T>(T counter, int n) where T : ICounter
    {
        for (int i = 0; i < n; i++) counter.Next();
        return counter.Value;
    }

    static int Main()
    {
        Tally t = new Tally();
        ICounter boxed = t;
        boxed.Next();
        boxed.Next();
        if (t.Count != 0 || boxed.Value != 2) return 1;
        if (AdvanceInPlace(ref t, s_n) != 4 || t.Count != 4) return 2;
        if (AdvanceCopy(t, s_n) != 8 || t.Count != 4) return 3;
        ICounter again = boxed;
        again.Next();
        if (boxed.Value != 3) return 4;
        Tally unboxed = (Tally)boxed;
        unboxed.Next();
        if (boxed.Value != 3 || unboxed.Count != 4) return 5;
        ICounter[] counters = new ICounter[3];
        for (int i = 0; i < counters.Length; i++) counters[i] = t;
        counters[0].Next();
        if (counters[0].Value != 5 || counters[1].Value != 4 || t.Count != 4) return 6;
        t.Next();
        if (counters[2].Value != 4) return 7;
        return 100;
    }
}
