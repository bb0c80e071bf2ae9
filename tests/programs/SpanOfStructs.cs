// Checks spans of structs: ref access to elements through the indexer changes the array, struct fields written through a slice, a span over a struct array passed to helpers, a stackalloc'd span of an unmanaged struct, and copying struct spans.
using System;

struct Particle { public int X, V; public long Mass; }

static class Program
{
    static int s_n = 6;

    static void StepAll(Span<Particle> ps) { for (int i = 0; i < ps.Length; i++) ps[i].X += ps[i].V; }

    static long TotalMass(ReadOnlySpan<Particle> ps) { long m = 0; for (int i = 0; i < ps.Length; i++) m += ps[i].Mass; return m; }

    static ref Particle Heaviest(Span<Particle> ps)
    {
        int best = 0;
        for (int i = 1; i < ps.Length; i++) if (ps[i].Mass > ps[best].Mass) best = i;
        return ref ps[best];
    }

    static int Main()
    {
        Particle[] arr = new Particle[s_n];
        Span<Particle> span = arr;
        for (int i = 0; i < span.Length; i++) { span[i].V = i; span[i].Mass = (long)(i % 3) << 32; }
        StepAll(span);
        StepAll(span.Slice(3));
        if (arr[5].X != 10 || arr[2].X != 2 || arr[0].X != 0) return 1;
        if (TotalMass(arr) != 6L << 32) return 2;
        ref Particle h = ref Heaviest(span);
        h.Mass = -1;
        if (arr[2].Mass != -1) return 3;
        if (TotalMass(span.Slice(3)) != 3L << 32) return 4;
        Span<Particle> local = stackalloc Particle[3];
        local[1].X = 7;
        local[1].Mass = 1L << 40;
        span.Slice(0, 3).CopyTo(local);
        if (local[1].X != 1 || local[1].Mass != 1L << 32) return 5;
        Particle p = local[1];
        p.X = 99;
        if (local[1].X != 1) return 6;
        local.Slice(1, 1).CopyTo(span.Slice(5));
        if (arr[5].X != 1 || arr[5].V != 1) return 7;
        ref Particle first = ref span[0];
        first.V = 1000;
        StepAll(span.Slice(0, 1));
        if (arr[0].X != 1000) return 8;
        return 100;
    }
}
