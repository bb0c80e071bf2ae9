// The Benchmarks Game's reverse-complement on a generated 5 MB sequence: a byte lookup table and in-place
// reversal of 60-column lines, four times.
namespace Kernels;

public static class ReverseComplement
{
    static byte[] Table()
    {
        var table = new byte[256];
        for (int i = 0; i < 256; i++) table[i] = (byte)i;
        string from = "ACGTUMRWSYKVHDBNacgtumrwsykvhdbn", to = "TGCAAKYWSRMBDHVNTGCAAKYWSRMBDHVN";
        for (int i = 0; i < from.Length; i++) table[from[i]] = (byte)to[i];
        return table;
    }

    static void Reverse(byte[] seq, byte[] table, int start, int end)
    {
        // Lines are 60 symbols and a '\n'; newlines stay where they are.
        int i = start, j = end - 1;
        while (i < j)
        {
            if (seq[i] == '\n') { i++; continue; }
            if (seq[j] == '\n') { j--; continue; }
            byte a = seq[i];
            seq[i++] = table[seq[j]];
            seq[j--] = table[a];
        }
        if (i == j) seq[i] = table[seq[i]];
    }

    public static int Main()
    {
        const string symbols = "ACGTacgtNRYK";
        var seq = new byte[5_000_000];
        uint state = 3;
        for (int i = 0; i < seq.Length; i++)
        {
            if (i % 61 == 60) { seq[i] = (byte)'\n'; continue; }
            state = state * 1664525 + 1013904223;
            seq[i] = (byte)symbols[(int)(state >> 16) % symbols.Length];
        }
        byte[] table = Table();
        for (int round = 0; round < 4; round++)
            Reverse(seq, table, 0, seq.Length);
        uint hash = 2166136261;
        for (int i = 0; i < seq.Length; i += 7) hash = (hash ^ seq[i]) * 16777619;
        return (int)(hash & 0xFF);
    }
}
