// Checks fixed on arrays: pinning int[], byte[] and a struct array and reading and writing through the pointer, fixed on an element address (&a[i]), two arrays fixed in one statement, and an empty array (null pointer). Needs -unsafe.
struct Pair { public int A, B; }

static unsafe class Program
{
    static int[] s_ints = { 5, 10, 15, 20, 25 };

    static int SumPtr(int* p, int n) { int r = 0; for (int i = 0; i < n; i++) r += p[i]; return r; }

    static int Main()
    {
        fixed (int* p = s_ints)
        {
            if (SumPtr(p, s_ints.Length) != 75) return 1;
            p[4] = -25;
        }
        if (s_ints[4] != -25) return 2;
        fixed (int* p = &s_ints[2])
        {
            *p = 150;
            if (p[-1] != 10 || SumPtr(p, 2) != 170) return 3;
        }
        byte[] bytes = new byte[8];
        fixed (byte* b = bytes)
        {
            for (int i = 0; i < 8; i++) b[i] = (byte)(i * 40);
        }
        if (bytes[7] != 24 || bytes[3] != 120) return 4;
        Pair[] pairs = new Pair[3];
        fixed (Pair* pp = pairs)
        {
            for (int i = 0; i < 3; i++) { pp[i].A = i; (pp + i)->B = i * 10; }
        }
        if (pairs[2].A != 2 || pairs[2].B != 20 || pairs[0].B != 0) return 5;
        int[] src = { 1, 2, 3, 4 };
        int[] dst = new int[4];
        fixed (int* s = src, d = dst)
        {
            for (int i = 0; i < 4; i++) d[3 - i] = s[i] * 2;
        }
        if (dst[0] != 8 || dst[3] != 2) return 6;
        int[] empty = new int[0];
        fixed (int* e = empty)
        {
            if (e != null) return 7;
        }
        int[] none = null;
        fixed (int* n = none)
        {
            if (n != null) return 8;
        }
        return 100;
    }
}
