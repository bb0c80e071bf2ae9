// Checks run-length encoding written over spans: encoding a byte span into (count, value) pairs with runs capped at 255, decoding back into a stackalloc'd buffer, round-trips of varied inputs, the encoded length, and an empty input.
using System;

static class Program
{
    static byte[] s_input = { 1, 1, 1, 2, 3, 3, 0, 0, 0, 0, 9 };
    static int s_longRun = 600;

    static int Encode(ReadOnlySpan<byte> src, Span<byte> dst)
    {
        int w = 0, i = 0;
        while (i < src.Length)
        {
            byte v = src[i];
            int run = 1;
            while (i + run < src.Length && src[i + run] == v && run < 255) run++;
            dst[w++] = (byte)run;
            dst[w++] = v;
            i += run;
        }
        return w;
    }

    static int Decode(ReadOnlySpan<byte> src, Span<byte> dst)
    {
        int w = 0;
        for (int i = 0; i + 1 < src.Length; i += 2)
        {
            dst.Slice(w, src[i]).Fill(src[i + 1]);
            w += src[i];
        }
        return w;
    }

    static bool RoundTrip(ReadOnlySpan<byte> input, out int encodedLength)
    {
        Span<byte> enc = stackalloc byte[input.Length * 2 + 2];
        encodedLength = Encode(input, enc);
        Span<byte> dec = stackalloc byte[input.Length + 1];
        int n = Decode(enc.Slice(0, encodedLength), dec);
        return n == input.Length && dec.Slice(0, n).SequenceEqual(input);
    }

    static int Main()
    {
        byte[] input = s_input;
        Span<byte> enc = stackalloc byte[32];
        int len = Encode(input, enc);
        if (len != 10) return 1;
        if (enc[0] != 3 || enc[1] != 1 || enc[2] != 1 || enc[3] != 2 || enc[6] != 4 || enc[7] != 0 || enc[9] != 9) return 2;
        if (!RoundTrip(input, out _)) return 3;

        byte[] longRun = new byte[s_longRun];
        longRun.AsSpan().Fill(7);
        longRun[599] = 8;
        if (!RoundTrip(longRun, out int l2) || l2 != 8) return 4;

        byte[] alternating = new byte[50];
        for (int i = 0; i < alternating.Length; i++) alternating[i] = (byte)(i & 1);
        if (!RoundTrip(alternating, out int l3) || l3 != 100) return 5;

        if (!RoundTrip(ReadOnlySpan<byte>.Empty, out int l4) || l4 != 0) return 6;

        // Decode a hand-made stream.
        byte[] stream = { 2, 65, 0, 66, 3, 67 };
        Span<byte> outBuf = stackalloc byte[8];
        int n = Decode(stream, outBuf);
        if (n != 5 || outBuf[0] != 65 || outBuf[1] != 65 || outBuf[2] != 67 || outBuf[4] != 67 || outBuf[5] != 0) return 7;
        return 100;
    }
}
