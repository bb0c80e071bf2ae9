// Checks delegates stored in a hand-written generic list class: Func<int, int> and Action<T> entries added, invoked in order, removed by index (shifting the rest), replaced, a list of lists of delegates, and a generic Apply method folding an input through all entries.
using System;

sealed class DList<T> where T : class
{
    T[] _items = new T[2];
    int _count;
    public int Count => _count;
    public void Add(T item)
    {
        if (_count == _items.Length)
        {
            T[] bigger = new T[_items.Length * 2];
            for (int i = 0; i < _count; i++) bigger[i] = _items[i];
            _items = bigger;
        }
        _items[_count++] = item;
    }
    public T this[int i] { get => _items[i]; set => _items[i] = value; }
    public void RemoveAt(int index)
    {
        for (int i = index; i < _count - 1; i++) _items[i] = _items[i + 1];
        _count--;
        _items[_count] = null;
    }
}

static class Program
{
    static int s_seed = 3;

    static int Fold(DList<Func<int, int>> list, int x)
    {
        for (int i = 0; i < list.Count; i++) x = list[i](x);
        return x;
    }

    static void RunAll<T>(DList<Action<T>> list, T arg)
    {
        for (int i = 0; i < list.Count; i++) list[i](arg);
    }

    static int Twice(int x) => x * 2;

    static int Main()
    {
        int k = s_seed;
        var fs = new DList<Func<int, int>>();
        fs.Add(x => x + k);
        fs.Add(Twice);
        fs.Add(x => x - 1);
        fs.Add(x => x * x);
        fs.Add(x => -x);
        if (fs.Count != 5) return 1;
        // ((1 + 3) * 2 - 1)^2 negated
        if (Fold(fs, 1) != -49) return 2;
        fs.RemoveAt(3);
        if (fs.Count != 4 || Fold(fs, 1) != -7) return 3;
        fs[0] = x => x + 100;
        if (Fold(fs, 0) != -199) return 4;
        k = 10;
        fs.RemoveAt(0);
        fs.Add(x => x + k);
        if (Fold(fs, 5) != -9 + 10) return 5;

        int sum = 0;
        string log = "";
        var acts = new DList<Action<int>>();
        acts.Add(v => sum += v);
        acts.Add(v => sum *= v);
        acts.Add(v => log = log + "a");
        RunAll(acts, 4);
        RunAll(acts, 2);
        if (sum != 36 || log != "aa") return 6;

        var strs = new DList<Action<string>>();
        strs.Add(s => log = log + s);
        strs.Add(s => log = s + log);
        RunAll(strs, "x");
        if (log != "xaax") return 7;

        var nested = new DList<DList<Func<int, int>>>();
        for (int i = 0; i < 3; i++)
        {
            var inner = new DList<Func<int, int>>();
            int m = i + 1;
            for (int j = 0; j <= i; j++) inner.Add(x => x * m);
            nested.Add(inner);
        }
        int r = 1;
        for (int i = 0; i < nested.Count; i++) r = Fold(nested[i], r);
        // 1 * 1 * 2^2 * 3^3
        if (r != 108) return 8;
        return 100;
    }
}
