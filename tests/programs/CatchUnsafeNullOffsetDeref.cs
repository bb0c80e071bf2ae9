// Checks that reading and writing a null pointer's field or element at a small constant offset (`p->Second`, `p[3]`, `*(long*)(b + 24)`) raises NullReferenceException, as CoreCLR's fault in its null page does, while the same accesses through a valid pointer work.
using System;

unsafe static class Program
{
    struct Pair { public int First; public int Second; }

    static Pair* s_null = null;
    static byte* s_nullBytes = null;

    static int ReadSecond(Pair* p) => p->Second;
    static void WriteElement(int* p, int v) => p[3] = v;
    static long ReadAt24(byte* b) => *(long*)(b + 24);

    static int Main()
    {
        int caught = 0;
        try { ReadSecond(s_null); } catch (NullReferenceException) { caught |= 1; }
        try { WriteElement((int*)s_null, 7); } catch (NullReferenceException) { caught |= 2; }
        try { ReadAt24(s_nullBytes); } catch (NullReferenceException) { caught |= 4; }
        if (caught != 7) return caught;
        Pair pair = new Pair { First = 1, Second = 2 };
        int* ints = stackalloc int[4];
        WriteElement(ints, 9);
        byte* bytes = stackalloc byte[32];
        *(long*)(bytes + 24) = 123456789012L;
        if (ReadSecond(&pair) != 2) return 10;
        if (ints[3] != 9) return 11;
        if (ReadAt24(bytes) != 123456789012L) return 12;
        return 100;
    }
}
