// The Benchmarks Game's fasta, 2.5 million nucleotides: a linear congruential generator, cumulative probability
// lookups and byte-array output, checksummed instead of written out.
namespace Kernels;

public static class Fasta
{
    const int IM = 139968, IA = 3877, IC = 29573;
    static int seed = 42;

    static double Random(double max)
    {
        seed = (seed * IA + IC) % IM;
        return max * seed / IM;
    }

    static uint Repeat(byte[] source, int count, byte[] line, uint hash)
    {
        int position = 0;
        while (count > 0)
        {
            int n = count < 60 ? count : 60;
            for (int i = 0; i < n; i++)
            {
                line[i] = source[position++];
                if (position == source.Length) position = 0;
            }
            hash = Hash(line, n, hash);
            count -= n;
        }
        return hash;
    }

    static uint RandomLines(byte[] symbols, double[] probabilities, int count, byte[] line, uint hash)
    {
        var cumulative = new double[probabilities.Length];
        double total = 0;
        for (int i = 0; i < probabilities.Length; i++) { total += probabilities[i]; cumulative[i] = total; }
        while (count > 0)
        {
            int n = count < 60 ? count : 60;
            for (int i = 0; i < n; i++)
            {
                double r = Random(1.0);
                int k = 0;
                while (k < cumulative.Length - 1 && r >= cumulative[k]) k++;
                line[i] = symbols[k];
            }
            hash = Hash(line, n, hash);
            count -= n;
        }
        return hash;
    }

    static uint Hash(byte[] line, int n, uint hash)
    {
        for (int i = 0; i < n; i++) hash = (hash ^ line[i]) * 16777619;
        return (hash ^ '\n') * 16777619;
    }

    static byte[] Ascii(string text)
    {
        var bytes = new byte[text.Length];
        for (int i = 0; i < text.Length; i++) bytes[i] = (byte)text[i];
        return bytes;
    }

    public static int Main()
    {
        const int n = 2_500_000;
        byte[] alu = Ascii(
            "GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGGGAGGCCGAGGCGGGCGGATCACCTGAGGTCAGGAGTTCGAGACCAGCCTGGCCAACATGGTGAAA" +
            "CCCCGTCTCTACTAAAAATACAAAAATTAGCCGGGCGTGGTGGCGCGCGCCTGTAATCCCAGCTACTCGGGAGGCTGAGGCAGGAGAATCGCTTGAACCCGGGAGGCG" +
            "GAGGTTGCAGTGAGCCGAGATCGCGCCACTGCACTCCAGCCTGGGCGACAGAGCGAGACTCCGTCTCAAAAA");
        byte[] iub = { (byte)'a', (byte)'c', (byte)'g', (byte)'t', (byte)'B', (byte)'D', (byte)'H', (byte)'K',
            (byte)'M', (byte)'N', (byte)'R', (byte)'S', (byte)'V', (byte)'W', (byte)'Y' };
        double[] iubP = { 0.27, 0.12, 0.12, 0.27, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02 };
        byte[] sapiens = { (byte)'a', (byte)'c', (byte)'g', (byte)'t' };
        double[] sapiensP = { 0.3029549426680, 0.1979883004921, 0.1975473066391, 0.3015094502008 };
        var line = new byte[60];
        uint hash = 2166136261;
        hash = Repeat(alu, 2 * n, line, hash);
        hash = RandomLines(iub, iubP, 3 * n, line, hash);
        hash = RandomLines(sapiens, sapiensP, 5 * n, line, hash);
        return (int)(hash & 0xFF);
    }
}
