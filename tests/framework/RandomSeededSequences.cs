// Seeded System.Random is deterministic: Next, Next(max), Next(min, max), NextInt64, NextDouble ("R" and F6), NextSingle and NextBytes from new Random(42), equal seeds give equal sequences, and argument errors.
using System;
using System.Globalization;
using System.Linq;

class RandomSeededSequences
{
    static string Join<T>(T[] a) => string.Join(",", a);

    static int Main()
    {
        var inv = CultureInfo.InvariantCulture;
        var r = new Random(42);
        Console.WriteLine("Next: " + string.Join(" ", Enumerable.Range(0, 5).Select(_ => r.Next())));
        Console.WriteLine("Next(100): " + string.Join(" ", Enumerable.Range(0, 10).Select(_ => r.Next(100))));
        Console.WriteLine("Next(-5,5): " + string.Join(" ", Enumerable.Range(0, 10).Select(_ => r.Next(-5, 5))));
        Console.WriteLine("Next(int.MinValue,int.MaxValue): " + r.Next(int.MinValue, int.MaxValue) + " " + r.Next(int.MinValue, int.MaxValue));
        Console.WriteLine("NextInt64: " + r.NextInt64() + " " + r.NextInt64(1000) + " " + r.NextInt64(-1_000_000_000_000L, 1_000_000_000_000L));
        for (int i = 0; i < 3; i++)
        {
            double d = r.NextDouble();
            Console.WriteLine("NextDouble: " + d.ToString("R", inv) + " " + d.ToString("F6", inv) + " " + (d >= 0 && d < 1));
        }
        float f = r.NextSingle();
        Console.WriteLine("NextSingle: " + f.ToString("R", inv) + " " + (f >= 0f && f < 1f));
        var bytes = new byte[12];
        r.NextBytes(bytes);
        Console.WriteLine("NextBytes: " + Convert.ToHexString(bytes));
        Span<byte> span = stackalloc byte[5];
        r.NextBytes(span);
        Console.WriteLine("NextBytes(span): " + Convert.ToHexString(span));

        var a = new Random(2024);
        var b = new Random(2024);
        var sa = new int[8];
        var sb = new int[8];
        for (int i = 0; i < 8; i++)
        {
            sa[i] = a.Next(1000);
            sb[i] = b.Next(1000);
        }
        Console.WriteLine("same seed: " + Join(sa) + " equal=" + sa.SequenceEqual(sb));
        var c = new Random(2025);
        Console.WriteLine("other seed differs: " + !Enumerable.Range(0, 8).Select(_ => c.Next(1000)).SequenceEqual(sa));
        var z = new Random(0);
        var neg = new Random(-7);
        Console.WriteLine("seed 0: " + z.Next() + " " + z.Next(10) + " seed -7: " + neg.Next() + " " + neg.Next(10));
        var m = new Random(int.MaxValue);
        Console.WriteLine("seed max: " + m.Next() + " " + m.NextDouble().ToString("F6", inv));

        int[] histogram = new int[6];
        var dice = new Random(7);
        for (int i = 0; i < 600; i++)
            histogram[dice.Next(1, 7) - 1]++;
        Console.WriteLine("dice: " + Join(histogram) + " total=" + histogram.Sum());

        var e = new Random(1);
        Console.WriteLine("Next(5,5)=" + e.Next(5, 5) + " Next(0)=" + e.Next(0) + " Next(1)=" + e.Next(1) + " NextInt64(3,4)=" + e.NextInt64(3, 4));
        try
        {
            e.Next(-1);
        }
        catch (ArgumentOutOfRangeException ex)
        {
            Console.WriteLine(ex.GetType().Name + ": " + ex.Message);
        }
        try
        {
            e.Next(10, 2);
        }
        catch (ArgumentOutOfRangeException ex)
        {
            Console.WriteLine(ex.GetType().Name + ": " + ex.Message);
        }
        try
        {
            e.NextBytes((byte[])null);
        }
        catch (ArgumentNullException ex)
        {
            Console.WriteLine(ex.GetType().Name + ": " + ex.Message);
        }
        return 0;
    }
}
