// Checks field-like events with several subscribers: handlers run in subscription order, one handler subscribed twice runs twice, removing it removes the last occurrence, and a Func event returns the last handler's result.
using System;

sealed class Hub
{
    public event Action<int> Tick;
    public event Func<int, int> Query;
    public void Fire(int x) => Tick?.Invoke(x);
    public int Ask(int x) => Query != null ? Query(x) : -1;
}

static class Program
{
    static int s_log;
    static int s_x = 2;
    static void A(int x) => s_log = s_log * 10 + 1;
    static void B(int x) => s_log = s_log * 10 + 2;
    static void C(int x) => s_log = s_log * 10 + x;

    static int Main()
    {
        var hub = new Hub();
        hub.Tick += A;
        hub.Tick += B;
        hub.Tick += A;
        hub.Tick += C;
        hub.Fire(s_x);
        if (s_log != 1212) return 1;
        hub.Tick -= A;
        s_log = 0;
        hub.Fire(s_x);
        if (s_log != 122) return 2;
        hub.Tick -= A;
        hub.Tick -= C;
        s_log = 0;
        hub.Fire(s_x);
        if (s_log != 2) return 3;
        hub.Tick -= B;
        s_log = 0;
        hub.Fire(s_x);
        if (s_log != 0) return 4;

        int calls = 0;
        hub.Query += x => { calls++; return x + 1; };
        hub.Query += x => { calls++; return x * 10; };
        if (hub.Ask(s_x) != 20 || calls != 2) return 5;
        return 100;
    }
}
