// Lambdas and local functions: closures capturing loop variables, captured state shared between delegates, static lambdas, recursive local functions, Func/Action/Predicate/Comparison, currying, composition, and delegates stored in collections.
using System;
using System.Collections.Generic;
using System.Linq;

class LambdasLocalFunctions
{
    static int Main()
    {
        var actions = new List<Func<int>>();
        for (int i = 0; i < 3; i++)
            actions.Add(() => i * 10);
        foreach (var x in new[] { 1, 2, 3 })
            actions.Add(() => x * 100);
        Console.WriteLine(string.Join(",", actions.Select(f => f())));

        int counter = 0;
        Action inc = () => counter++;
        Func<int> read = () => counter;
        inc();
        inc();
        counter += 10;
        inc();
        Console.WriteLine(read() + " " + counter);

        Func<int, int, int> add = static (a, b) => a + b;
        Func<int, Func<int, int>> curried = a => b => a * b;
        Func<int, int> times7 = curried(7);
        Console.WriteLine(add(2, 3) + " " + times7(6) + " " + curried(3)(4));

        Func<double, double> square = v => v * v;
        Func<double, double> half = v => v / 2;
        Func<double, double> compose = v => half(square(v));
        Console.WriteLine(compose(6) + " " + Compose(square, half)(3));

        long Fact(int n) => n <= 1 ? 1 : n * Fact(n - 1);
        Console.WriteLine(Fact(20));

        static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);
        Console.WriteLine(Gcd(1071, 462) + " " + Gcd(17, 5));

        int total = 0;
        void AddAll(params int[] values)
        {
            foreach (var v in values)
                total += v;
        }
        AddAll(1, 2, 3);
        AddAll();
        AddAll(new[] { 10, 20 });
        Console.WriteLine(total);

        Predicate<string> isLong = s => s.Length > 3;
        Comparison<string> byLength = (l, r) => l.Length.CompareTo(r.Length);
        var words = new List<string> { "kiwi", "fig", "banana", "apple", "yam" };
        words.Sort(byLength);
        Console.WriteLine(string.Join(" ", words) + " | " + string.Join(" ", words.FindAll(isLong)) + " | " + words.Exists(isLong));

        var ops = new Dictionary<string, Func<int, int, int>>
        {
            ["+"] = (a, b) => a + b,
            ["-"] = (a, b) => a - b,
            ["*"] = (a, b) => a * b,
            ["/"] = (a, b) => a / b,
        };
        foreach (var op in ops)
            Console.Write("12" + op.Key + "4=" + op.Value(12, 4) + " ");
        Console.WriteLine();

        Func<int, bool> isEven = n => n % 2 == 0;
        Func<int, bool> isOdd = n => !isEven(n);
        Console.WriteLine(string.Join(",", Enumerable.Range(1, 10).Where(isOdd)));

        var memo = new Dictionary<int, long>();
        long Fib(int n) => n < 2 ? n : memo.TryGetValue(n, out var v) ? v : memo[n] = Fib(n - 1) + Fib(n - 2);
        Console.WriteLine(Fib(80) + " memo " + memo.Count);

        Action<string> log = s => Console.Write("[1:" + s + "]");
        log += s => Console.Write("[2:" + s + "]");
        log("multi");
        Console.WriteLine();
        Func<int> multi = () => 1;
        multi += () => 2;
        Console.WriteLine(multi() + " " + multi.GetInvocationList().Length);
        var adders = Enumerable.Range(1, 3).Select(n => (Func<int, int>)(v => v + n)).ToArray();
        Console.WriteLine(adders.Aggregate(0, (acc, f) => f(acc)));
        return 0;
    }

    static Func<T, T> Compose<T>(Func<T, T> f, Func<T, T> g) => v => g(f(v));
}
