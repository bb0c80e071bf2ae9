// Checks a custom event with explicit add and remove accessors that keep handlers in an own array: subscribing, unsubscribing the same method group (matched with delegate ==), raising in subscription order, and an instance handler whose target state changes.
using System;

sealed class Button
{
    Action<int>[] _handlers = new Action<int>[4];
    int _count;
    public int AddCalls, RemoveCalls;

    public event Action<int> Clicked
    {
        add
        {
            AddCalls++;
            if (_count == _handlers.Length)
            {
                var bigger = new Action<int>[_count * 2];
                for (int i = 0; i < _count; i++) bigger[i] = _handlers[i];
                _handlers = bigger;
            }
            _handlers[_count++] = value;
        }
        remove
        {
            RemoveCalls++;
            for (int i = _count - 1; i >= 0; i--)
            {
                if (_handlers[i] == value)
                {
                    for (int j = i; j < _count - 1; j++) _handlers[j] = _handlers[j + 1];
                    _handlers[--_count] = null;
                    return;
                }
            }
        }
    }

    public int Count => _count;
    public void Raise(int x)
    {
        for (int i = 0; i < _count; i++) _handlers[i](x);
    }
}

sealed class Listener
{
    public int Seen;
    public int Factor;
    public void OnClick(int x) => Seen += x * Factor;
}

static class Program
{
    static int s_log;
    static int s_x = 3;
    static void Log(int x) => s_log = s_log * 10 + x;

    static int Main()
    {
        var b = new Button();
        var l1 = new Listener { Factor = 1 };
        var l2 = new Listener { Factor = 100 };
        b.Clicked += Log;
        b.Clicked += l1.OnClick;
        b.Clicked += l2.OnClick;
        b.Clicked += x => s_log += 1000 * x;
        b.Clicked += Log;
        if (b.AddCalls != 5 || b.Count != 5) return 1;
        b.Raise(s_x);
        // Log: 3; then +3000 -> 3003; then Log again: 30033
        if (s_log != 30033) return 2;
        if (l1.Seen != 3 || l2.Seen != 300) return 3;

        b.Clicked -= Log; // removes the last one
        if (b.RemoveCalls != 1 || b.Count != 4) return 4;
        s_log = 0;
        b.Raise(1);
        if (s_log != 1001) return 5;

        b.Clicked -= l2.OnClick;
        b.Clicked -= new Listener().OnClick; // not subscribed: nothing removed
        if (b.Count != 3) return 6;
        l1.Factor = 7;
        b.Raise(2);
        if (l1.Seen != 3 + 1 + 14 || l2.Seen != 400) return 7;
        b.Clicked -= l1.OnClick;
        b.Clicked -= Log;
        if (b.Count != 1) return 8;
        s_log = 0;
        b.Raise(5);
        if (s_log != 5000) return 9;
        return 100;
    }
}
