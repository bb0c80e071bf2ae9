// Checks field-like events: += and -= of one handler at a time (the compiler's CompareExchange loop over Delegate.Combine and Remove), raising through ?.Invoke when empty and when subscribed, a static event, and an event in a base class raised through a protected method.
using System;

class Source
{
    public event Action<int> Changed;
    public static event Func<int, int> Transform;
    public int Raise(int x)
    {
        Changed?.Invoke(x);
        return Transform?.Invoke(x) ?? -1;
    }
    public bool HasHandlers => Changed != null;
}

class BaseNotifier
{
    public event Action<string> Notified;
    protected void OnNotify(string s) => Notified?.Invoke(s);
}

sealed class Derived : BaseNotifier
{
    public void Fire(string s) => OnNotify(s);
}

static class Program
{
    static int s_total;
    static int s_x = 6;
    static void Add(int x) => s_total += x;

    static int Main()
    {
        var src = new Source();
        if (src.HasHandlers) return 1;
        if (src.Raise(s_x) != -1 || s_total != 0) return 2;
        src.Changed += Add;
        if (!src.HasHandlers) return 3;
        src.Raise(s_x);
        if (s_total != 6) return 4;
        Source.Transform += x => x * x;
        if (src.Raise(s_x) != 36 || s_total != 12) return 5;
        src.Changed -= Add;
        if (src.HasHandlers) return 6;
        src.Raise(s_x);
        if (s_total != 12) return 7;
        int local = 0;
        Action<int> h = x => local += x;
        src.Changed += h;
        src.Raise(4);
        src.Changed -= h;
        src.Raise(4);
        if (local != 4) return 8;

        var d = new Derived();
        string got = "";
        d.Fire("a");
        d.Notified += s => got = got + s;
        d.Fire("b");
        d.Fire("c");
        if (got != "bc") return 9;
        return 100;
    }
}
