// Bit set and Bloom filter with hand-written hash functions: a ulong[]-backed BitSet (set/clear/toggle, PopCount, set algebra, enumeration of set bits), FNV-1a and djb2 hashes over UTF-8 bytes, double hashing into k probes, and false-positive counting.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using System.Text;

sealed class BitSet : IEnumerable<int>
{
    private readonly ulong[] words;
    public int Length { get; }
    public BitSet(int length) { Length = length; words = new ulong[(length + 63) >> 6]; }

    public bool this[int i]
    {
        get => (words[i >> 6] & (1UL << i)) != 0;
        set { if (value) words[i >> 6] |= 1UL << i; else words[i >> 6] &= ~(1UL << i); }
    }
    public void Toggle(int i) => words[i >> 6] ^= 1UL << i;
    public int Count => words.Sum(w => BitOperations.PopCount(w));

    public BitSet Combine(BitSet other, Func<ulong, ulong, ulong> op)
    {
        var r = new BitSet(Math.Max(Length, other.Length));
        for (int k = 0; k < r.words.Length; k++)
            r.words[k] = op(k < words.Length ? words[k] : 0, k < other.words.Length ? other.words[k] : 0);
        return r;
    }
    public static BitSet operator &(BitSet a, BitSet b) => a.Combine(b, (x, y) => x & y);
    public static BitSet operator |(BitSet a, BitSet b) => a.Combine(b, (x, y) => x | y);
    public static BitSet operator ^(BitSet a, BitSet b) => a.Combine(b, (x, y) => x ^ y);

    public IEnumerator<int> GetEnumerator()
    {
        for (int k = 0; k < words.Length; k++)
            for (ulong w = words[k]; w != 0; w &= w - 1)
                yield return (k << 6) + BitOperations.TrailingZeroCount(w);
    }
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    public override string ToString() => "{" + string.Join(",", this) + "}";
    public string Hex => string.Join("-", words.Reverse().Select(w => w.ToString("X16")));
}

static class Hashes
{
    public static uint Fnv1a(ReadOnlySpan<byte> data)
    {
        uint h = 2166136261;
        foreach (byte b in data) { h ^= b; h *= 16777619; }
        return h;
    }
    public static uint Djb2(ReadOnlySpan<byte> data)
    {
        uint h = 5381;
        foreach (byte b in data) h = (h << 5) + h + b;
        return h;
    }
}

sealed class BloomFilter(int bits, int hashes)
{
    private readonly BitSet set = new(bits);
    public int Added { get; private set; }

    IEnumerable<int> Probes(string item)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(item);
        uint h1 = Hashes.Fnv1a(bytes), h2 = Hashes.Djb2(bytes) | 1;
        for (uint k = 0; k < hashes; k++)
            yield return (int)((h1 + k * h2) % (uint)bits);
    }
    public void Add(string item) { foreach (int p in Probes(item)) set[p] = true; Added++; }
    public bool MightContain(string item) => Probes(item).All(p => set[p]);
    public double FillRatio => (double)set.Count / bits;
}

class AppBloomFilterBitSet
{
    static int Main()
    {
        var a = new BitSet(130);
        foreach (int i in new[] { 0, 3, 63, 64, 65, 129 }) a[i] = true;
        var b = new BitSet(70);
        foreach (int i in new[] { 3, 4, 64, 69 }) b[i] = true;
        a.Toggle(5); a.Toggle(0);
        Console.WriteLine($"a {a} count {a.Count} a[64] {a[64]} a[66] {a[66]}");
        Console.WriteLine($"and {a & b} or {a | b} xor {a ^ b}");
        Console.WriteLine("hex " + (a | b).Hex);
        Console.WriteLine("fnv " + Hashes.Fnv1a(""u8).ToString("x8") + " " + Hashes.Fnv1a("a"u8).ToString("x8") + " " + Hashes.Fnv1a("foobar"u8).ToString("x8") + " djb2 " + Hashes.Djb2("hello"u8) + " " + Hashes.Djb2("héllo"u8));

        var words = "apple banana cherry date elderberry fig grape honeydew kiwi lemon mango nectarine orange papaya quince raspberry".Split(' ');
        foreach (var (bits, k) in new[] { (64, 2), (128, 3), (512, 4), (2048, 5) })
        {
            var bloom = new BloomFilter(bits, k);
            foreach (var w in words) bloom.Add(w);
            bool allFound = words.All(bloom.MightContain);
            var probes = Enumerable.Range(0, 1000).Select(i => "probe-" + i).ToList();
            int falsePositives = probes.Count(bloom.MightContain);
            Console.WriteLine($"m={bits,5} k={k} added {bloom.Added} fill {bloom.FillRatio:F4} all found {allFound} false positives {falsePositives}/1000 strawberry {bloom.MightContain("strawberry")} Äpfel {bloom.MightContain("Äpfel")}");
        }
        var primes = new BitSet(200);
        for (int i = 2; i < 200; i++) primes[i] = true;
        for (int i = 2; i * i < 200; i++)
            if (primes[i]) for (int j = i * i; j < 200; j += i) primes[j] = false;
        Console.WriteLine($"primes<200 {primes.Count} last {primes.Last()} twin pairs {primes.Count(p => p + 2 < 200 && primes[p + 2])} sum {primes.Sum()}");
        try { _ = a[200]; } catch (IndexOutOfRangeException e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
        return 0;
    }
}
