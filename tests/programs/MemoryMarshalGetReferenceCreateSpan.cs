// Checks MemoryMarshal.GetReference (of a Span and a ReadOnlySpan, writes through it), MemoryMarshal.CreateSpan and CreateReadOnlySpan over a local, a field and an array element, and spans of length one over a single variable.
using System;
using System.Runtime.InteropServices;

struct Triple { public int A, B, C; }

class Box { public int Value; public Triple T; }

static class Program
{
    static int s_n = 5;

    static int Main()
    {
        int[] arr = new int[s_n];
        Span<int> span = arr;
        ref int first = ref MemoryMarshal.GetReference(span);
        first = 11;
        if (arr[0] != 11) return 1;
        ref int third = ref MemoryMarshal.GetReference(span.Slice(2));
        third = 33;
        if (arr[2] != 33) return 2;
        ReadOnlySpan<int> ro = arr;
        if (MemoryMarshal.GetReference(ro.Slice(2)) != 33) return 3;
        int local = 7;
        Span<int> one = MemoryMarshal.CreateSpan(ref local, 1);
        one[0] = 70;
        if (local != 70 || one.Length != 1) return 4;
        Span<int> overArray = MemoryMarshal.CreateSpan(ref arr[1], 3);
        overArray.Fill(-1);
        if (arr[1] != -1 || arr[3] != -1 || arr[4] != 0 || arr[0] != 11) return 5;
        Box box = new Box { Value = s_n };
        Span<int> field = MemoryMarshal.CreateSpan(ref box.Value, 1);
        field[0] *= 3;
        if (box.Value != 15) return 6;
        box.T = new Triple { A = 1, B = 2, C = 3 };
        Span<Triple> ts = MemoryMarshal.CreateSpan(ref box.T, 1);
        ts[0].B = 20;
        if (box.T.B != 20) return 7;
        ReadOnlySpan<int> roLocal = MemoryMarshal.CreateReadOnlySpan(ref local, 1);
        local = 8;
        if (roLocal[0] != 8) return 8;
        Span<int> empty = Span<int>.Empty;
        if (MemoryMarshal.CreateSpan(ref MemoryMarshal.GetReference(span), 0).Length != empty.Length) return 9;
        return 100;
    }
}
