// LINQ filtering and projection: Where (with index), Select (with index), SelectMany, OfType, Cast, Take/Skip/TakeWhile/SkipWhile/TakeLast/SkipLast, ranges, Range/Repeat/Empty, Reverse, Chunk, Append/Prepend, DefaultIfEmpty and deferred execution.
using System;
using System.Collections.Generic;
using System.Linq;

class LinqFilterProject
{
    static string S<T>(IEnumerable<T> items) => "[" + string.Join(",", items) + "]";

    static int Main()
    {
        int[] nums = { 4, 8, 15, 16, 23, 42 };
        Console.WriteLine(S(nums.Where(n => n % 2 == 1)));
        Console.WriteLine(S(nums.Where((n, i) => i % 2 == 0)));
        Console.WriteLine(S(nums.Select(n => n * n)));
        Console.WriteLine(S(nums.Select((n, i) => i + ":" + n)));
        Console.WriteLine(S(nums.Where(n => n > 10).Select(n => n / 2.0)));
        string[] sentences = { "a b", "c d e", "", "f" };
        Console.WriteLine(S(sentences.SelectMany(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries))));
        Console.WriteLine(S(new[] { 1, 2, 3 }.SelectMany(x => Enumerable.Range(1, x), (x, y) => x * 10 + y)));
        object[] mixed = { 1, "two", 3.0, 4, null, "five", 6L };
        Console.WriteLine(S(mixed.OfType<int>()) + " " + S(mixed.OfType<string>()));
        Console.WriteLine(S(new object[] { "x", "y" }.Cast<string>().Select(s => s.ToUpperInvariant())));
        Console.WriteLine(S(nums.Take(3)) + S(nums.Skip(4)) + S(nums.Take(0)) + S(nums.Skip(10)) + S(nums.Take(100)));
        Console.WriteLine(S(nums.TakeWhile(n => n < 16)) + S(nums.SkipWhile(n => n < 16)) + S(nums.TakeWhile((n, i) => i < 2)));
        Console.WriteLine(S(nums.TakeLast(2)) + S(nums.SkipLast(4)) + S(nums.Take(1..3)) + S(nums.Take(^2..)));
        Console.WriteLine(S(Enumerable.Range(5, 4)) + S(Enumerable.Repeat("ab", 3)) + S(Enumerable.Empty<int>()) + S(Enumerable.Range(0, 0)));
        Console.WriteLine(S(nums.Reverse()) + S("abc".Reverse()));
        foreach (var chunk in Enumerable.Range(1, 7).Chunk(3))
            Console.Write(S(chunk));
        Console.WriteLine();
        Console.WriteLine(S(nums.Append(99).Prepend(0)) + S(new int[0].DefaultIfEmpty()) + S(new int[0].DefaultIfEmpty(-1)));
        Console.WriteLine(S(nums.Index().Select(p => p.Index * p.Item)));
        int evaluated = 0;
        var query = nums.Where(n =>
        {
            evaluated++;
            return n > 10;
        });
        Console.WriteLine("before: " + evaluated);
        var materialized = query.ToList();
        Console.WriteLine("after ToList: " + evaluated + " " + S(materialized));
        evaluated = 0;
        var firstBig = query.First();
        Console.WriteLine("after First: " + evaluated + " " + firstBig);
        var list = new List<int> { 1, 2, 3 };
        var deferred = list.Select(x => x * 100);
        list.Add(4);
        Console.WriteLine(S(deferred));
        var squares = from n in Enumerable.Range(1, 10) where n % 3 != 0 let sq = n * n select sq + 1;
        Console.WriteLine(S(squares));
        var pairs = from a in new[] { 1, 2, 3 } from b in new[] { "x", "y" } where a != 2 select a + b;
        Console.WriteLine(S(pairs));
        Console.WriteLine(S(Enumerable.Range(1, 20).Where(n => n % 2 == 0).Select(n => n * 3).Where(n => n % 4 == 0).Take(3)));
        Console.WriteLine(S(Enumerable.Sequence(10, 20, 5)) + S(Enumerable.InfiniteSequence(1, 2).Take(4)));
        return 0;
    }
}
