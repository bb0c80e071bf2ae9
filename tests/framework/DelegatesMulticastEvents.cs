// Events and multicast delegates: field-like events with += and -=, custom add/remove accessors, invocation order, the return value of a multicast Func, GetInvocationList, Delegate.Combine/Remove/RemoveAll (last occurrence removed), delegate equality, null-conditional raising, and an exception stopping the chain.
using System;
using System.Collections.Generic;

class PriceChangedEventArgs(decimal oldPrice, decimal newPrice) : EventArgs
{
    public decimal Old => oldPrice;
    public decimal New => newPrice;
}

class Stock(string symbol, decimal price)
{
    private decimal _price = price;
    public string Symbol => symbol;
    public event EventHandler<PriceChangedEventArgs> PriceChanged;

    private readonly List<Action<string>> _auditors = new List<Action<string>>();
    public event Action<string> Audit
    {
        add { Console.WriteLine("  add auditor #" + _auditors.Count); _auditors.Add(value); }
        remove { Console.WriteLine("  remove auditor, found=" + _auditors.Remove(value)); }
    }

    public decimal Price
    {
        get => _price;
        set
        {
            if (value == _price)
                return;
            var old = _price;
            _price = value;
            PriceChanged?.Invoke(this, new PriceChangedEventArgs(old, value));
            foreach (var a in _auditors)
                a(Symbol + "=" + value);
        }
    }

    public int HandlerCount => PriceChanged?.GetInvocationList().Length ?? 0;
}

class Logger(string name)
{
    public readonly List<string> Lines = new List<string>();
    public void OnPrice(object sender, PriceChangedEventArgs e) => Console.WriteLine("  " + name + ": " + ((Stock)sender).Symbol + " " + e.Old + " -> " + e.New);
    public void Record(string s) => Lines.Add(name + ":" + s);
}

class DelegatesMulticastEvents
{
    static int One() { Console.WriteLine("  One"); return 1; }
    static int Two() { Console.WriteLine("  Two"); return 2; }
    static int Three() { Console.WriteLine("  Three"); return 3; }
    static string Names(Delegate d) => d == null ? "null" : d.GetInvocationList().Length.ToString();

    static int Main()
    {
        var stock = new Stock("ACME", 10m);
        var a = new Logger("A");
        var b = new Logger("B");
        stock.PriceChanged += a.OnPrice;
        stock.PriceChanged += b.OnPrice;
        stock.PriceChanged += a.OnPrice;
        Console.WriteLine("handlers " + stock.HandlerCount);
        stock.Price = 12.5m;
        stock.PriceChanged -= a.OnPrice;
        Console.WriteLine("after removing A once: " + stock.HandlerCount);
        stock.Price = 11m;
        stock.Price = 11m;
        stock.PriceChanged -= new Logger("C").OnPrice;
        stock.PriceChanged -= b.OnPrice;
        stock.PriceChanged -= a.OnPrice;
        Console.WriteLine("all removed: " + stock.HandlerCount);
        stock.Price = 1m;

        stock.Audit += a.Record;
        stock.Audit += b.Record;
        stock.Price = 2m;
        stock.Audit -= a.Record;
        stock.Price = 3m;
        Console.WriteLine("audit A: " + string.Join(",", a.Lines) + " B: " + string.Join(",", b.Lines));

        Func<int> f = One;
        f += Two;
        f += Three;
        Console.WriteLine("multicast Func returns last: " + f());
        var results = new List<int>();
        foreach (Func<int> single in f.GetInvocationList())
            results.Add(single());
        Console.WriteLine("each result: " + string.Join(",", results));

        Func<int> combo = (Func<int>)Delegate.Combine(new Func<int>(One), new Func<int>(Two), new Func<int>(One), new Func<int>(Three));
        Console.WriteLine("combined " + Names(combo));
        var removed = (Func<int>)Delegate.Remove(combo, new Func<int>(One));
        Console.WriteLine("Remove takes last occurrence: " + Names(removed));
        removed();
        var removedAll = (Func<int>)Delegate.RemoveAll(combo, new Func<int>(One));
        Console.WriteLine("RemoveAll: " + Names(removedAll));
        Console.WriteLine("remove everything: " + Names(Delegate.Remove(new Func<int>(One), new Func<int>(One))));

        Action<string> x1 = a.Record, x2 = a.Record, x3 = b.Record;
        Console.WriteLine("equality: " + (x1 == x2) + " " + x1.Equals(x2) + " " + (x1 == x3) + " " + ((Func<int>)One == (Func<int>)One) + " target " + ReferenceEquals(x1.Target, a));
        Action<string> m1 = x1 + x3, m2 = x1 + x3, m3 = x3 + x1;
        Console.WriteLine("multicast equality: " + (m1 == m2) + " " + (m1 == m3));
        Action nothing = null;
        nothing?.Invoke();
        nothing += () => Console.WriteLine("  added to null");
        nothing();
        nothing -= nothing;
        Console.WriteLine("null after removing itself: " + (nothing == null));

        Action chain = () => Console.WriteLine("  first");
        chain += () => throw new InvalidOperationException("second fails");
        chain += () => Console.WriteLine("  third (not reached)");
        try { chain(); }
        catch (InvalidOperationException e) { Console.WriteLine("chain stopped: " + e.GetType().Name + ": " + e.Message); }
        return 0;
    }
}
