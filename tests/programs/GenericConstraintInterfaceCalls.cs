// Checks interface-constrained generic code over structs and classes: constrained calls on T mutate a struct held in a T local, field and array element, but never a struct that was boxed, and give the same results for classes.
interface IAccumulator
{
    void Add(int v);
    int Total { get; }
}

struct SumAcc : IAccumulator
{
    int _t;
    public void Add(int v) { _t += v; }
    public int Total { get { return _t; } }
}

class MaxAcc : IAccumulator
{
    int _m = int.MinValue;
    public void Add(int v) { if (v > _m) _m = v; }
    public int Total { get { return _m; } }
}

class Holder<T> where T : IAccumulator, new()
{
    public T Acc = new T();
    public T[] Many = new T[3];

    public int Feed(int n)
    {
        for (int i = 1; i <= n; i++) Acc.Add(i);
        return Acc.Total;
    }

    public int FeedLocalCopy(int n)
    {
        T copy = Acc;
        for (int i = 1; i <= n; i++) copy.Add(100);
        return copy.Total;
    }

    public int FeedElement(int idx, int v)
    {
        if (Many[idx] == null) Many[idx] = new T();
        Many[idx].Add(v);
        Many[idx].Add(v);
        return Many[idx].Total;
    }

    public int FeedBoxed(int v)
    {
        IAccumulator boxed = Acc;
        boxed.Add(v);
        return boxed.Total;
    }
}

static class Program
{
    static int s_n = 4;

    static int Main()
    {
        Holder<SumAcc> hs = new Holder<SumAcc>();
        if (hs.Feed(s_n) != 10 || hs.Feed(s_n) != 20) return 1;
        if (hs.FeedLocalCopy(2) != 220 || hs.Acc.Total != 20) return 2;
        if (hs.FeedElement(1, 5) != 10 || hs.FeedElement(1, 5) != 20 || hs.Many[0].Total != 0) return 3;
        if (hs.FeedBoxed(1000) != 1020 || hs.Acc.Total != 20) return 4;
        Holder<MaxAcc> hm = new Holder<MaxAcc>();
        if (hm.Feed(s_n) != 4) return 5;
        // For a class the "copy" is the same object.
        if (hm.FeedLocalCopy(1) != 100 || hm.Acc.Total != 100) return 6;
        if (hm.FeedElement(2, 7) != 7 || hm.FeedBoxed(500) != 500 || hm.Acc.Total != 500) return 7;
        return 100;
    }
}
