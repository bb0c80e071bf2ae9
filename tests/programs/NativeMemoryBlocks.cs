// NativeMemory and Marshal.AllocHGlobal: blocks of many sizes written and read back, zeroed allocations, growing
// reallocations that keep the contents, aligned blocks at their alignment, and freed blocks reused. Returns 100 when
// every step matches; otherwise the number of the first step that did not.
using System;
using System.Runtime.InteropServices;

static unsafe class Program
{
    static int s_step;
    static int s_seed = 7;

    static bool Check(bool ok)
    {
        s_step++;
        return ok;
    }

    static void Fill(byte* p, int length, int salt)
    {
        for (int i = 0; i < length; i++)
            p[i] = (byte)(i * 31 + salt);
    }

    static bool Holds(byte* p, int length, int salt)
    {
        for (int i = 0; i < length; i++)
            if (p[i] != (byte)(i * 31 + salt))
                return false;
        return true;
    }

    static int Main()
    {
        // Sizes across the small blocks and whole pages; all alive at once, then checked.
        int[] sizes = { 1, 15, 16, 17, 100, 1000, 4096, 20000, 32752, 32753, 70000, 300000 };
        byte*[] blocks = new byte*[sizes.Length];
        for (int i = 0; i < sizes.Length; i++)
        {
            blocks[i] = (byte*)NativeMemory.Alloc((nuint)sizes[i]);
            Fill(blocks[i], sizes[i], i + s_seed);
        }
        bool allHold = true;
        bool aligned = true;
        for (int i = 0; i < sizes.Length; i++)
        {
            allHold &= Holds(blocks[i], sizes[i], i + s_seed);
            aligned &= ((nuint)blocks[i] & 15) == 0;
        }
        if (!Check(allHold)) return s_step;
        if (!Check(aligned)) return s_step;
        for (int i = 0; i < sizes.Length; i++)
            NativeMemory.Free(blocks[i]);

        // Zeroed memory is zero even where a freed block had data.
        byte* dirty = (byte*)NativeMemory.Alloc(200);
        Fill(dirty, 200, 1);
        NativeMemory.Free(dirty);
        byte* zeroed = (byte*)NativeMemory.AllocZeroed(200);
        bool zero = true;
        for (int i = 0; i < 200; i++)
            zero &= zeroed[i] == 0;
        if (!Check(zero)) return s_step;
        byte* counted = (byte*)NativeMemory.AllocZeroed(10, 30);
        zero = true;
        for (int i = 0; i < 300; i++)
            zero &= counted[i] == 0;
        if (!Check(zero)) return s_step;
        NativeMemory.Free(zeroed);
        NativeMemory.Free(counted);

        // Growing keeps the contents, from small blocks into whole pages.
        byte* growing = (byte*)NativeMemory.Alloc(10);
        Fill(growing, 10, 3);
        int length = 10;
        bool kept = true;
        foreach (int next in new[] { 40, 500, 9000, 40000, 200000 })
        {
            growing = (byte*)NativeMemory.Realloc(growing, (nuint)next);
            kept &= Holds(growing, length, 3);
            Fill(growing, next, 3);
            length = next;
        }
        if (!Check(kept)) return s_step;
        growing = (byte*)NativeMemory.Realloc(growing, 50); // shrinking keeps the start
        if (!Check(Holds(growing, 50, 3))) return s_step;
        NativeMemory.Free(growing);

        // Aligned blocks.
        bool alignedOk = true;
        foreach (int alignment in new[] { 1, 8, 16, 64, 256, 4096 })
        {
            byte* a = (byte*)NativeMemory.AlignedAlloc((nuint)(alignment * 3 + s_seed), (nuint)alignment);
            alignedOk &= ((nuint)a & (nuint)(alignment - 1)) == 0;
            Fill(a, alignment * 3 + s_seed, alignment);
            a = (byte*)NativeMemory.AlignedRealloc(a, (nuint)(alignment * 5 + 1000), (nuint)alignment);
            alignedOk &= ((nuint)a & (nuint)(alignment - 1)) == 0 && Holds(a, alignment * 3 + s_seed, alignment);
            NativeMemory.AlignedFree(a);
        }
        if (!Check(alignedOk)) return s_step;

        // Marshal's global heap is the same heap.
        IntPtr global = Marshal.AllocHGlobal(64);
        Fill((byte*)global, 64, 9);
        global = Marshal.ReAllocHGlobal(global, 5000);
        bool globalOk = Holds((byte*)global, 64, 9);
        Marshal.FreeHGlobal(global);
        if (!Check(globalOk)) return s_step;

        // Churn: freed blocks come back, so many rounds stay within a little memory.
        byte* first = null;
        bool reused = false;
        for (int round = 0; round < 20000; round++)
        {
            byte* p = (byte*)NativeMemory.Alloc((nuint)(48 + round % 3));
            if (round == 0)
                first = p;
            else
                reused |= p == first;
            p[0] = (byte)round;
            NativeMemory.Free(p);
        }
        if (!Check(reused)) return s_step;
        NativeMemory.Free(null); // nothing to do
        return s_step == 9 ? 100 : 200 + s_step;
    }
}
