// Checks each branch form (beq/bne.un/blt/ble/bgt/bge and their .un forms, for int, uint, long, ulong, double) agrees with the comparison value.
static class Program
{
    static int s_lo = -3;
    static int s_hi = 3;

    static int BranchI(int a, int b)
    {
        int r = 0;
        if (a < b) r += 1; else r += 2;
        if (!(a < b)) r += 4;
        if (a <= b) r += 8;
        if (!(a <= b)) r += 16;
        if (a > b) r += 32;
        if (!(a > b)) r += 64;
        if (a >= b) r += 128;
        if (!(a >= b)) r += 256;
        if (a == b) r += 512;
        if (a != b) r += 1024;
        return r;
    }

    static int BranchU(uint a, uint b)
    {
        int r = 0;
        if (a < b) r += 1; else r += 2;
        if (!(a < b)) r += 4;
        if (a <= b) r += 8;
        if (!(a <= b)) r += 16;
        if (a > b) r += 32;
        if (!(a > b)) r += 64;
        if (a >= b) r += 128;
        if (!(a >= b)) r += 256;
        if (a == b) r += 512;
        if (a != b) r += 1024;
        return r;
    }

    static int BranchL(long a, long b)
    {
        int r = 0;
        if (a < b) r += 1; else r += 2;
        if (!(a < b)) r += 4;
        if (a <= b) r += 8;
        if (!(a <= b)) r += 16;
        if (a > b) r += 32;
        if (!(a > b)) r += 64;
        if (a >= b) r += 128;
        if (!(a >= b)) r += 256;
        if (a == b) r += 512;
        if (a != b) r += 1024;
        return r;
    }

    static int BranchUL(ulong a, ulong b)
    {
        int r = 0;
        if (a < b) r += 1; else r += 2;
        if (!(a < b)) r += 4;
        if (a <= b) r += 8;
        if (!(a <= b)) r += 16;
        if (a > b) r += 32;
        if (!(a > b)) r += 64;
        if (a >= b) r += 128;
        if (!(a >= b)) r += 256;
        if (a == b) r += 512;
        if (a != b) r += 1024;
        return r;
    }

    static int BranchD(double a, double b)
    {
        int r = 0;
        if (a < b) r += 1; else r += 2;
        if (!(a < b)) r += 4;
        if (a <= b) r += 8;
        if (!(a <= b)) r += 16;
        if (a > b) r += 32;
        if (!(a > b)) r += 64;
        if (a >= b) r += 128;
        if (!(a >= b)) r += 256;
        if (a == b) r += 512;
        if (a != b) r += 1024;
        return r;
    }

    static int Expected(long a, long b)
    {
        int r = 0;
        r += a < b ? 1 : 2;
        r += a < b ? 0 : 4;
        r += a <= b ? 8 : 0;
        r += a <= b ? 0 : 16;
        r += a > b ? 32 : 0;
        r += a > b ? 0 : 64;
        r += a >= b ? 128 : 0;
        r += a >= b ? 0 : 256;
        r += a == b ? 512 : 0;
        r += a != b ? 1024 : 0;
        return r;
    }

    static int Main()
    {
        for (int a = s_lo; a <= s_hi; a++)
        {
            for (int b = s_lo; b <= s_hi; b++)
            {
                int e = Expected(a, b);
                if (BranchI(a, b) != e) return 1;
                if (BranchL(a * 0x100000000L, b * 0x100000000L) != e) return 2;
                if (BranchD(a * 0.5, b * 0.5) != e) return 3;
                long ua = a + 3L, ub = b + 3L;
                int eu = Expected(ua, ub);
                if (BranchU((uint)ua + 0x7FFFFFFEu, (uint)ub + 0x7FFFFFFEu) != eu) return 4;
                if (BranchUL((ulong)ua + 0x7FFFFFFFFFFFFFFEUL, (ulong)ub + 0x7FFFFFFFFFFFFFFEUL) != eu) return 5;
            }
        }
        return 100;
    }
}
