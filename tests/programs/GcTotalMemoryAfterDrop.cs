// GC.Collect and GC.GetTotalMemory: the memory a big live array takes is
// in GetTotalMemory, and once the array is dropped a forced collection gives it back.
using System;
using System.Runtime.CompilerServices;

static class Program
{
    static byte[] s_big;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Allocate() => s_big = new byte[64 << 20];

    static int Main()
    {
        GC.Collect();
        long baseline = GC.GetTotalMemory(true);
        Allocate();
        s_big[12345] = 42;
        long withArray = GC.GetTotalMemory(true);
        if (withArray - baseline < (64 << 20))
            return 2;
        if (s_big[12345] != 42)
            return 3;
        s_big = null;
        long after = GC.GetTotalMemory(true);
        if (after >= withArray - (32 << 20))
            return 4;
        if (GC.GetTotalAllocatedBytes() < (64 << 20))
            return 5;
        return 100;
    }
}
