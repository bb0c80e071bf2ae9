// Checks enums over every underlying type (byte, sbyte, short, ushort, int, uint, long, ulong): casts to and from the underlying type, negative and maximal members, wrap-around through unchecked casts, and field storage sizes.
enum E8 : byte { Zero, Max = 255 }
enum ES8 : sbyte { Min = -128, Minus = -1, Max = 127 }
enum E16 : short { Min = short.MinValue, Max = short.MaxValue }
enum EU16 : ushort { Top = 65535 }
enum E32 { A = -5, B, C = int.MaxValue }
enum EU32 : uint { High = 0x80000000, All = 0xFFFFFFFF }
enum E64 : long { Big = 1L << 40, Neg = long.MinValue }
enum EU64 : ulong { Top = ulong.MaxValue, Half = 1UL << 63 }

class Bag
{
    public E8 a; public ES8 b; public E16 c; public EU16 d; public E32 e; public EU32 f; public E64 g; public EU64 h;
}

static class Program
{
    static int s_one = 1;
    static E16 s_e16 = E16.Min;
    static EU16 s_eu16 = EU16.Top;
    static EU32 s_high = EU32.High, s_all = EU32.All;
    static E64 s_big = E64.Big, s_neg = E64.Neg;
    static EU64 s_top = EU64.Top, s_half = EU64.Half;

    static int Main()
    {
        E8 e8 = (E8)(byte)(s_one * 255);
        if (e8 != E8.Max || (int)e8 != 255) return 1;
        e8++;
        if (e8 != E8.Zero) return 2;
        ES8 s8 = (ES8)(sbyte)(-s_one);
        if (s8 != ES8.Minus || (int)s8 != -1 || (byte)s8 != 255) return 3;
        s8 = ES8.Max;
        s8++;
        if (s8 != ES8.Min) return 4;
        if ((int)s_e16 != -32768 || (ushort)s_e16 != 32768) return 5;
        if ((int)s_eu16 != 65535 || (short)s_eu16 != -1) return 6;
        E32 e32 = (E32)(-5 + s_one);
        if (e32 != E32.B || (int)E32.C != int.MaxValue) return 7;
        if ((uint)s_high != 2147483648u || (int)s_all != -1 || (long)s_all != 4294967295L) return 8;
        if ((long)s_big != 1099511627776L || (ulong)s_neg != 9223372036854775808UL) return 9;
        if ((long)s_top != -1 || (ulong)s_half >> 63 != 1) return 10;
        Bag bag = new Bag();
        bag.a = E8.Max; bag.b = ES8.Min; bag.c = E16.Min; bag.d = EU16.Top; bag.e = E32.A; bag.f = EU32.All; bag.g = E64.Neg; bag.h = EU64.Top;
        if (bag.a != E8.Max || bag.b != ES8.Min || bag.c != E16.Min || bag.d != EU16.Top) return 11;
        if (bag.e != E32.A || bag.f != EU32.All || bag.g != E64.Neg || bag.h != EU64.Top) return 12;
        long sum = (long)bag.a + (long)bag.b + (long)bag.c + (long)bag.d + (long)bag.e;
        if (sum != 255 - 128 - 32768 + 65535 - 5) return 13;
        return 100;
    }
}
