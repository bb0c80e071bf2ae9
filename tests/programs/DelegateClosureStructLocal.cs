// Checks closures over struct locals: the lambda sees the struct's later mutations (field writes, a mutating method, whole-struct assignment), writes through the closure reach the local, a struct copied before capture stays independent, and a captured struct array element versus a captured copy.
using System;

struct Counter
{
    public int Value;
    public long Total;
    public void Bump(int by) { Value += by; Total += (long)by * 1000000000; }
}

static class Program
{
    static int s_start = 4;

    static int Main()
    {
        Counter c = new Counter { Value = s_start };
        Func<int> read = () => c.Value;
        Func<long> total = () => c.Total;
        Action<int> bump = by => c.Bump(by);
        if (read() != 4) return 1;
        c.Value = 9;
        if (read() != 9) return 2;
        c.Bump(3);
        if (read() != 12 || total() != 3000000000L) return 3;
        bump(5);
        if (c.Value != 17 || c.Total != 8000000000L) return 4;
        c = new Counter { Value = -1 };
        if (read() != -1 || total() != 0) return 5;

        Counter copy = c;
        Func<int> readCopy = () => copy.Value;
        bump(10);
        if (readCopy() != -1 || read() != 9) return 6;

        // Two lambdas capturing the same struct local share it.
        Counter shared = default;
        Action inc = () => shared.Value++;
        Func<int> get = () => shared.Value;
        for (int i = 0; i < s_start; i++) inc();
        if (get() != 4 || shared.Value != 4) return 7;

        // A struct array element captured through the array is live; captured through a copy it is not.
        Counter[] arr = new Counter[2];
        arr[1].Value = 50;
        Counter elemCopy = arr[1];
        Func<int> viaArray = () => arr[1].Value;
        Func<int> viaCopy = () => elemCopy.Value;
        arr[1].Bump(1);
        if (viaArray() != 51 || viaCopy() != 50) return 8;

        // A struct passed to a method that builds a closure over its parameter copy.
        Func<int> fromParam = Capture(c);
        c.Value = 1000;
        if (fromParam() != 9 + 1) return 9;
        return 100;
    }

    static Func<int> Capture(Counter p)
    {
        p.Value++;
        return () => p.Value;
    }
}
