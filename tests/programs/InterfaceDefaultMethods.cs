// Checks default interface methods: a class that does not implement a member gets the interface's body, a class that does overrides it, default bodies calling other interface members, and a default property.
interface ICounter
{
    int Count { get; }
    void Increment();
    void IncrementBy(int n)
    {
        for (int i = 0; i < n; i++) Increment();
    }
    bool IsEven() { return Count % 2 == 0; }
    int Doubled { get { return Count * 2; } }
}

class Simple : ICounter
{
    public int Count { get; private set; }
    public void Increment() { Count++; }
}

class Fast : ICounter
{
    public int Count { get; private set; }
    public int Calls;
    public void Increment() { Count++; }
    public void IncrementBy(int n) { Calls++; Count += n; }
    public bool IsEven() { return (Count & 1) == 0; }
}

static class Program
{
    static int s_n = 7;

    static int Main()
    {
        ICounter a = new Simple();
        a.IncrementBy(s_n);
        if (a.Count != 7 || a.IsEven() || a.Doubled != 14) return 1;
        Fast f = new Fast();
        ICounter b = f;
        b.IncrementBy(s_n);
        b.IncrementBy(s_n + 1);
        if (b.Count != 15 || f.Calls != 2) return 2;
        if (b.IsEven() || b.Doubled != 30) return 3;
        b.Increment();
        if (!b.IsEven() || !f.IsEven()) return 4;
        ICounter[] both = { a, b };
        int sum = 0;
        foreach (ICounter c in both) { c.IncrementBy(3); sum += c.Doubled; }
        if (sum != 20 + 38 || f.Calls != 3) return 5;
        return 100;
    }
}
