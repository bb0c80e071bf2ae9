// LINQ partitioning and *By operators: Take/Skip/TakeLast/SkipLast/TakeWhile/SkipWhile, Take with ranges, Chunk, Range/Repeat/Empty, DistinctBy/UnionBy/IntersectBy/ExceptBy, MinBy/MaxBy (first of ties), OrderBy ThenByDescending stability, Order/OrderDescending, Append/Prepend, ElementAt with Index, TryGetNonEnumeratedCount.
using System;
using System.Collections.Generic;
using System.Linq;

class LinqPartitionChunkBy
{
    static string J<T>(IEnumerable<T> xs) => "[" + string.Join(",", xs) + "]";

    static int Main()
    {
        var nums = Enumerable.Range(1, 10).ToArray();
        Console.WriteLine("take " + J(nums.Take(3)) + " skip " + J(nums.Skip(7)) + " takelast " + J(nums.TakeLast(2)) + " skiplast " + J(nums.SkipLast(8)));
        Console.WriteLine("takewhile " + J(nums.TakeWhile(n => n * n < 20)) + " skipwhile " + J(nums.SkipWhile(n => n < 8)) + " indexed " + J(nums.TakeWhile((n, i) => n + i < 8)));
        Console.WriteLine("take range " + J(nums.Take(2..5)) + " " + J(nums.Take(^3..)) + " " + J(nums.Take(..^8)) + " elementat ^1 " + nums.ElementAt(^1) + " orDefault " + nums.ElementAtOrDefault(20));
        Console.WriteLine("edge " + J(nums.Take(-1)) + " " + J(nums.Skip(100)) + " " + J(nums.Take(100).Skip(9)));
        Console.WriteLine("chunk " + string.Join(" ", nums.Chunk(4).Select(J)) + " | " + string.Join(" ", "abcdefg".Chunk(3).Select(c => new string(c))));
        Console.WriteLine("range " + J(Enumerable.Range(-2, 5)) + " repeat " + J(Enumerable.Repeat("ab", 3)) + " empty " + Enumerable.Empty<int>().Count() + " sum of range " + Enumerable.Range(1, 100).Sum());
        try
        {
            Enumerable.Range(int.MaxValue, 2);
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message.Replace("\n", " | "));
        }
        var people = new[] { ("Ann", 31, "Oslo"), ("Bob", 25, "Rome"), ("Cid", 31, "Rome"), ("Dee", 25, "Oslo"), ("Eve", 40, "Lima"), ("Fay", 25, "Lima") };
        Console.WriteLine("distinctby " + J(people.DistinctBy(p => p.Item2).Select(p => p.Item1)) + " " + J(people.DistinctBy(p => p.Item3).Select(p => p.Item1)));
        Console.WriteLine("minby " + people.MinBy(p => p.Item2).Item1 + " maxby " + people.MaxBy(p => p.Item2).Item1 + " maxby ties " + people.MaxBy(p => p.Item3).Item1 + " minby name " + people.MinBy(p => p.Item1.Length).Item1);
        var more = new[] { ("Gus", 25, "Kyiv"), ("Ann", 99, "Nowhere") };
        Console.WriteLine("unionby " + J(people.UnionBy(more, p => p.Item1).Select(p => p.Item1 + p.Item2)) + " intersectby " + J(people.IntersectBy(new[] { 40, 31 }, p => p.Item2).Select(p => p.Item1)) + " exceptby " + J(people.ExceptBy(new[] { "Oslo", "Rome" }, p => p.Item3).Select(p => p.Item1)));
        var stable = people.OrderBy(p => p.Item3).ThenByDescending(p => p.Item2);
        Console.WriteLine("orderby thenbydesc " + J(stable.Select(p => p.Item1)));
        Console.WriteLine("stable by age " + J(people.OrderBy(p => p.Item2).Select(p => p.Item1)) + " desc " + J(people.OrderByDescending(p => p.Item2).Select(p => p.Item1)));
        Console.WriteLine("thenby chain " + J(people.OrderByDescending(p => p.Item2).ThenBy(p => p.Item3).ThenByDescending(p => p.Item1).Select(p => p.Item1)));
        Console.WriteLine("order " + J(new[] { 5, -1, 3 }.Order()) + " " + J(new[] { "b", "C", "a" }.OrderDescending(StringComparer.Ordinal)) + " reverse " + J(nums.Reverse().Take(3)));
        Console.WriteLine("append/prepend " + J(nums.Take(2).Append(99).Prepend(0)) + " concat " + J(new[] { 1 }.Concat(new[] { 2, 3 })) + " defaultifempty " + J(new int[0].DefaultIfEmpty(-1)));
        Console.WriteLine("count known " + nums.TryGetNonEnumeratedCount(out int c1) + " " + c1 + " " + nums.Select(n => n).TryGetNonEnumeratedCount(out int c2) + " " + c2 + " where " + nums.Where(n => n > 0).TryGetNonEnumeratedCount(out _));
        Console.WriteLine("first/last/single " + nums.First(n => n > 4) + " " + nums.Last(n => n < 4) + " " + nums.Single(n => n == 7) + " " + nums.FirstOrDefault(n => n > 50, -9) + " " + nums.LastOrDefault(n => n > 50));
        foreach (Func<int> f in new Func<int>[] { () => nums.Single(n => n > 5), () => nums.First(n => n > 50), () => new int[0].Last(), () => new int[0].Max(), () => nums.ElementAt(10) })
        {
            try
            {
                Console.WriteLine("value " + f());
            }
            catch (Exception e)
            {
                Console.WriteLine(e.GetType().Name + ": " + e.Message.Replace("\n", " | "));
            }
        }
        Console.WriteLine("sequenceequal " + nums.Take(3).SequenceEqual(new[] { 1, 2, 3 }) + " contains " + nums.Contains(11) + " any " + nums.Any(n => n > 9) + " all " + nums.All(n => n > 0) + " tohashset " + nums.Where(n => n < 3).ToHashSet().Count);
        return 0;
    }
}
