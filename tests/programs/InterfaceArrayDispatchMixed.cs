// Checks interface calls on a mixed array of classes and boxed structs implementing the same interface, with an interface method returning another interface (a chain of calls across implementations).
interface IStep
{
    int Apply(int x);
    IStep Then();
}

class AddStep : IStep
{
    int _k;
    IStep _next;
    public AddStep(int k, IStep next) { _k = k; _next = next; }
    public int Apply(int x) { return x + _k; }
    public IStep Then() { return _next; }
}

struct MulStep : IStep
{
    public int K;
    public int Apply(int x) { return x * K; }
    public IStep Then() { return null; }
}

class Repeat : IStep
{
    IStep _inner;
    int _times;
    public Repeat(IStep inner, int times) { _inner = inner; _times = times; }
    public int Apply(int x) { for (int i = 0; i < _times; i++) x = _inner.Apply(x); return x; }
    public IStep Then() { return _inner.Then(); }
}

static class Program
{
    static int s_k = 3;

    static int RunChain(IStep s, int x)
    {
        while (s != null) { x = s.Apply(x); s = s.Then(); }
        return x;
    }

    static int Main()
    {
        MulStep m = new MulStep { K = s_k };
        IStep chain = new AddStep(1, new Repeat(new AddStep(2, m), 3));
        // 5 + 1 = 6; repeat +2 three times = 12; then the inner AddStep's next: *3 = 36
        if (RunChain(chain, 5) != 36) return 1;
        IStep[] steps = { m, new AddStep(10, null), new Repeat(m, 2), chain };
        int x = 1;
        foreach (IStep s in steps) x = s.Apply(x);
        // 1*3 = 3; +10 = 13; *3*3 = 117; +1 = 118
        if (x != 118) return 2;
        m.K = 100;
        if (steps[0].Apply(1) != 3) return 3;
        if (steps[3].Then().Then() == null || steps[3].Then().Then().Apply(2) != 6) return 4;
        return 100;
    }
}
