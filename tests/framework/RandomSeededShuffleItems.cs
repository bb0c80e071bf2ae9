// Seeded System.Random helpers: Shuffle of arrays and spans, GetItems from arrays and spans, a Random subclass overriding Sample, reproducible simulations (random walk, card deal) and GetItems/Shuffle argument errors.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

class BiasedRandom : Random
{
    private int _calls;

    public BiasedRandom(int seed) : base(seed) { }

    protected override double Sample()
    {
        _calls++;
        return base.Sample() * 0.5;
    }

    public int Calls => _calls;
}

class RandomSeededShuffleItems
{
    static int Main()
    {
        var r = new Random(42);
        int[] numbers = Enumerable.Range(1, 10).ToArray();
        r.Shuffle(numbers);
        Console.WriteLine("shuffle: " + string.Join(",", numbers) + " sum=" + numbers.Sum());
        r.Shuffle(numbers);
        Console.WriteLine("shuffle again: " + string.Join(",", numbers));
        string[] words = { "alpha", "bravo", "charlie", "delta", "echo", "foxtrot" };
        r.Shuffle(words.AsSpan(1, 4));
        Console.WriteLine("span shuffle: " + string.Join(" ", words));
        char[] chars = "abcdefgh".ToCharArray();
        new Random(3).Shuffle(chars);
        Console.WriteLine("chars: " + new string(chars));

        var items = r.GetItems(new[] { "red", "green", "blue" }, 8);
        Console.WriteLine("GetItems: " + string.Join(" ", items));
        ReadOnlySpan<char> hex = "0123456789abcdef";
        char[] token = r.GetItems(hex, 16);
        Console.WriteLine("token: " + new string(token));
        Span<int> dest = stackalloc int[6];
        r.GetItems(new int[] { 1, 2, 3 }, dest);
        Console.WriteLine("into span: " + string.Join(",", dest.ToArray()));

        var biased = new BiasedRandom(5);
        var samples = Enumerable.Range(0, 6).Select(_ => biased.Next(100)).ToArray();
        Console.WriteLine("biased: " + string.Join(",", samples) + " all<50=" + samples.All(s => s < 50) + " calls=" + biased.Calls);
        double bd = biased.NextDouble();
        Console.WriteLine("biased double: " + bd.ToString("F6", CultureInfo.InvariantCulture) + " calls=" + biased.Calls);

        var walker = new Random(11);
        int pos = 0, maxPos = 0, minPos = 0;
        for (int step = 0; step < 1000; step++)
        {
            pos += walker.Next(2) == 0 ? -1 : 1;
            maxPos = Math.Max(maxPos, pos);
            minPos = Math.Min(minPos, pos);
        }
        Console.WriteLine("walk: end=" + pos + " max=" + maxPos + " min=" + minPos);

        var deck = new List<string>();
        foreach (var suit in "SHDC")
            foreach (var rank in new[] { "A", "2", "3", "4", "5", "6", "7", "8", "9", "T", "J", "Q", "K" })
                deck.Add(rank + suit);
        var deckArray = deck.ToArray();
        new Random(99).Shuffle(deckArray);
        for (int hand = 0; hand < 4; hand++)
            Console.WriteLine("hand " + hand + ": " + string.Join(" ", deckArray.Skip(hand * 5).Take(5)));
        Console.WriteLine("distinct: " + deckArray.Distinct().Count());

        var x = new Random(8);
        var y = new Random(8);
        var sx = (int[])numbers.Clone();
        var sy = (int[])numbers.Clone();
        x.Shuffle(sx);
        y.Shuffle(sy);
        Console.WriteLine("reproducible: " + sx.SequenceEqual(sy));

        var empty = Array.Empty<int>();
        r.Shuffle(empty);
        Console.WriteLine("empty: " + empty.Length + " " + r.GetItems(new[] { 1 }, 0).Length);
        try
        {
            r.GetItems(Array.Empty<int>(), 3);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        try
        {
            r.GetItems(new[] { 1, 2 }, -1);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        try
        {
            r.Shuffle((int[])null);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        return 0;
    }
}
