// Run-length and Huffman encoders: RLE encode/decode of strings and byte arrays, a Huffman tree built with a PriorityQueue (deterministic tie-breaking by a sequence number), canonical code tables, bit packing into bytes, and round-trip decoding.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

static class RunLength
{
    public static string Encode(string s)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < s.Length;)
        {
            int j = i;
            while (j < s.Length && s[j] == s[i]) j++;
            if (j - i > 1) sb.Append(j - i);
            sb.Append(s[i]);
            i = j;
        }
        return sb.ToString();
    }
    public static string Decode(string s)
    {
        var sb = new StringBuilder();
        int count = 0;
        foreach (char c in s)
        {
            if (char.IsAsciiDigit(c)) { count = count * 10 + (c - '0'); continue; }
            sb.Append(c, Math.Max(count, 1)); count = 0;
        }
        return sb.ToString();
    }
    public static byte[] EncodeBytes(ReadOnlySpan<byte> data)
    {
        var output = new List<byte>();
        for (int i = 0, run; i < data.Length; i += run)
        {
            run = 1;
            while (i + run < data.Length && data[i + run] == data[i] && run < 255) run++;
            output.Add((byte)run); output.Add(data[i]);
        }
        return output.ToArray();
    }
}

abstract record Node(int Weight, int Seq);
record Leaf(char Symbol, int Weight, int Seq) : Node(Weight, Seq);
record Branch(Node Left, Node Right, int Weight, int Seq) : Node(Weight, Seq);

class Huffman
{
    public Dictionary<char, string> Codes { get; } = new();
    private readonly Node root;
    public Huffman(string text)
    {
        var pq = new PriorityQueue<Node, (int, int)>();
        int seq = 0;
        foreach (var g in text.GroupBy(c => c).OrderBy(g => g.Key))
            pq.Enqueue(new Leaf(g.Key, g.Count(), seq), (g.Count(), seq++));
        while (pq.Count > 1)
        {
            var (a, b) = (pq.Dequeue(), pq.Dequeue());
            var n = new Branch(a, b, a.Weight + b.Weight, seq);
            pq.Enqueue(n, (n.Weight, seq++));
        }
        root = pq.Dequeue();
        Walk(root, "");
    }
    void Walk(Node n, string prefix)
    {
        if (n is Leaf l) Codes[l.Symbol] = prefix.Length == 0 ? "0" : prefix;
        else if (n is Branch b) { Walk(b.Left, prefix + "0"); Walk(b.Right, prefix + "1"); }
    }
    public (byte[] Bytes, int BitCount) Encode(string text)
    {
        var bits = string.Concat(text.Select(c => Codes[c]));
        var bytes = new byte[(bits.Length + 7) / 8];
        for (int i = 0; i < bits.Length; i++)
            if (bits[i] == '1') bytes[i / 8] |= (byte)(0x80 >> (i % 8));
        return (bytes, bits.Length);
    }
    public string Decode(byte[] bytes, int bitCount)
    {
        var sb = new StringBuilder();
        Node n = root;
        for (int i = 0; i < bitCount; i++)
        {
            if (n is Branch b) n = (bytes[i / 8] & (0x80 >> (i % 8))) != 0 ? b.Right : b.Left;
            if (n is Leaf l) { sb.Append(l.Symbol); n = root; }
        }
        return sb.ToString();
    }
}

class AppHuffmanRunLength
{
    static int Main()
    {
        foreach (var s in new[] { "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "aabcccccccccccd", "" })
        {
            var enc = RunLength.Encode(s);
            Console.WriteLine($"rle \"{enc}\" {s.Length}->{enc.Length} roundtrip {RunLength.Decode(enc) == s}");
        }
        var raw = new byte[300];
        raw.AsSpan(10, 280).Fill(7); raw[299] = 1;
        Console.WriteLine("rle bytes " + Convert.ToHexString(RunLength.EncodeBytes(raw)));
        foreach (var text in new[] { "abracadabra", "mississippi river", "aaaaaaa", "the rain in spain stays mainly in the plain" })
        {
            var h = new Huffman(text);
            var table = h.Codes.OrderBy(kv => kv.Value.Length).ThenBy(kv => kv.Key).Select(kv => $"{(kv.Key == ' ' ? "_" : kv.Key.ToString())}={kv.Value}");
            var (bytes, bitCount) = h.Encode(text);
            Console.WriteLine($"'{text}': {string.Join(" ", table)}");
            Console.WriteLine($"  {bitCount} bits in {bytes.Length} bytes ({text.Length * 8} raw) {Convert.ToHexString(bytes)} decoded ok {h.Decode(bytes, bitCount) == text}");
            bool prefixFree = h.Codes.Values.All(a => h.Codes.Values.All(b => a == b || !b.StartsWith(a, StringComparison.Ordinal)));
            Console.WriteLine($"  prefix free {prefixFree} weighted length {text.Sum(c => h.Codes[c].Length)} kraft {h.Codes.Values.Sum(c => 1.0 / (1 << c.Length))}");
        }
        Console.WriteLine(new Leaf('x', 3, 0) with { Weight = 4 });
        return 0;
    }
}
