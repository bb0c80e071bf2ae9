// Checks MemoryMarshal.Cast between int, byte, short, uint and long spans: little-endian byte order, writes through the byte view change the ints, lengths round down, and casting a struct span to int.
using System;
using System.Runtime.InteropServices;

struct Rgba { public byte R, G, B, A; }

static class Program
{
    static int s_value = 0x12345678;

    static int Main()
    {
        int[] ints = { s_value, -1, 0 };
        Span<byte> bytes = MemoryMarshal.Cast<int, byte>(new Span<int>(ints));
        if (bytes.Length != 12) return 1;
        if (bytes[0] != 0x78 || bytes[1] != 0x56 || bytes[2] != 0x34 || bytes[3] != 0x12) return 2;
        if (bytes[4] != 0xFF || bytes[11] != 0) return 3;
        bytes[8] = 1;
        bytes[9] = 2;
        if (ints[2] != 0x0201) return 4;
        Span<short> shorts = MemoryMarshal.Cast<int, short>(new Span<int>(ints));
        if (shorts.Length != 6 || shorts[0] != 0x5678 || shorts[1] != 0x1234 || shorts[2] != -1) return 5;
        Span<int> back = MemoryMarshal.Cast<byte, int>(bytes.Slice(0, 7));
        if (back.Length != 1 || back[0] != s_value) return 6;
        Span<long> longs = MemoryMarshal.Cast<int, long>(new Span<int>(ints, 0, 2));
        if (longs.Length != 1 || longs[0] != unchecked((long)0xFFFFFFFF12345678UL)) return 7;
        ReadOnlySpan<uint> uints = MemoryMarshal.Cast<int, uint>(new ReadOnlySpan<int>(ints));
        if (uints[1] != 0xFFFFFFFFu) return 8;
        Rgba[] pixels = new Rgba[2];
        pixels[0] = new Rgba { R = 1, G = 2, B = 3, A = 4 };
        pixels[1] = new Rgba { R = 0xAA, G = 0, B = 0, A = 0x80 };
        Span<int> packed = MemoryMarshal.Cast<Rgba, int>(new Span<Rgba>(pixels));
        if (packed.Length != 2 || packed[0] != 0x04030201 || packed[1] != unchecked((int)0x800000AA)) return 9;
        packed[0] = s_value;
        if (pixels[0].R != 0x78 || pixels[0].A != 0x12) return 10;
        return 100;
    }
}
