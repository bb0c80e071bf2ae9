// The Benchmarks Game's k-nucleotide on a generated 1 MB sequence: frequencies of every 1- to 6-long fragment
// and of five longer ones, counted in Dictionary<long, int> keyed by the fragment's 2-bit code.
namespace Kernels;

using System.Collections.Generic;

public static class KNucleotide
{
    sealed class Counter { public int Value; }

    static Dictionary<long, Counter> Count(byte[] codes, int length)
    {
        var counts = new Dictionary<long, Counter>();
        long key = 0, mask = (1L << (2 * length)) - 1;
        for (int i = 0; i < length - 1; i++) key = (key << 2) | codes[i];
        for (int i = length - 1; i < codes.Length; i++)
        {
            key = ((key << 2) | codes[i]) & mask;
            if (counts.TryGetValue(key, out Counter? counter)) counter.Value++;
            else counts.Add(key, new Counter { Value = 1 });
        }
        return counts;
    }

    static long Code(string fragment)
    {
        long key = 0;
        foreach (char c in fragment) key = (key << 2) | ToCode((byte)c);
        return key;
    }

    static byte ToCode(byte c) => c switch { (byte)'a' => 0, (byte)'c' => 1, (byte)'g' => 2, _ => 3 };

    public static int Main()
    {
        var codes = new byte[1_000_000];
        uint state = 7;
        for (int i = 0; i < codes.Length; i++)
        {
            state = state * 1664525 + 1013904223;
            codes[i] = (byte)(state >> 30);
        }
        int checksum = 0;
        for (int length = 1; length <= 6; length++)
        {
            var counts = Count(codes, length);
            checksum = checksum * 31 + counts.Count;
            foreach (var pair in counts) checksum += pair.Value.Value * (int)(pair.Key & 7);
        }
        foreach (string fragment in new[] { "ggt", "ggta", "ggtatt", "ggtattttaatt", "ggtattttaatttatagt" })
        {
            var counts = Count(codes, fragment.Length);
            checksum = checksum * 31 + (counts.TryGetValue(Code(fragment), out Counter? c) ? c.Value : 0);
        }
        return checksum & 0xFF;
    }
}
