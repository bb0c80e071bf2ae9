// A browser app that writes through Console: wwwroot/main.js runs the WasmR2R image and shows what it writes on the
// page. The same program prints the same lines on CoreCLR.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

static class Program
{
    static int Fib(int n) => n < 2 ? n : Fib(n - 1) + Fib(n - 2);

    static int Main()
    {
        Console.WriteLine("Hello from WasmR2R in the browser!");
        Console.WriteLine($"Fib(20) = {Fib(20)}");

        var words = "the quick brown fox jumps over the lazy dog".Split(' ');
        var byLength = words.GroupBy(w => w.Length).OrderBy(g => g.Key)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Distinct().OrderBy(w => w, StringComparer.Ordinal))}");
        foreach (var line in byLength)
            Console.WriteLine(line);

        var squares = new List<int>();
        for (int i = 1; i <= 10; i++) squares.Add(i * i);
        Console.WriteLine($"Sum of the first ten squares: {squares.Sum():N0}; mean {squares.Average():F2}");

        var text = new StringBuilder();
        foreach (char c in "WasmR2R") text.Insert(0, c);
        Console.WriteLine($"Reversed: {text}");
        Console.Error.WriteLine("(this line went to stderr)");
        return 0;
    }
}
