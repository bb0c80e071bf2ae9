// Checks ?.Invoke on delegates: nothing runs and the Func result is null when the delegate is null, the target runs when it is not, ?? supplies a default, and a delegate field that is set later is then invoked.
class Publisher
{
    public System.Action<int> OnValue = null;
    public System.Func<int, int> Transform = null;
    public int Publish(int v) { OnValue?.Invoke(v); return Transform?.Invoke(v) ?? v; }
}

static class Program
{
    static int s_seen;
    static int s_v = 6;

    static int Main()
    {
        System.Action nothing = null;
        nothing?.Invoke();
        System.Func<int> none = null;
        int? r = none?.Invoke();
        if (r.HasValue) return 1;
        System.Func<string> noStr = null;
        if (noStr?.Invoke() != null) return 2;
        none = () => s_v * 7;
        r = none?.Invoke();
        if (!r.HasValue || r.Value != 42) return 3;
        Publisher p = new Publisher();
        if (p.Publish(s_v) != 6 || s_seen != 0) return 4;
        p.OnValue = v => s_seen += v;
        if (p.Publish(s_v) != 6 || s_seen != 6) return 5;
        p.Transform = v => v * v;
        if (p.Publish(s_v) != 36 || s_seen != 12) return 6;
        p.OnValue = null;
        if (p.Publish(2) != 4 || s_seen != 12) return 7;
        System.Func<string> str = () => "x";
        if ((str?.Invoke() ?? "none") != "x") return 8;
        str = null;
        if ((str?.Invoke() ?? "none") != "none") return 9;
        return 100;
    }
}
