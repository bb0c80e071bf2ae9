// Checks scoped parameters and locals: scoped ref and scoped Span<int> parameters used for writes and reads, a scoped ref local, a method that may return a ref from its unscoped parameter only, and stackalloc'd spans passed to scoped parameters.
using System;

ref struct Accum
{
    public int Sum;
    public void AddAll(scoped ReadOnlySpan<int> values) { for (int i = 0; i < values.Length; i++) Sum += values[i]; }
}

static class Program
{
    static int s_n = 5;

    static void Fill(scoped Span<int> dst, int start) { for (int i = 0; i < dst.Length; i++) dst[i] = start + i; }
    static int Sum(scoped ReadOnlySpan<int> s) { int r = 0; for (int i = 0; i < s.Length; i++) r += s[i]; return r; }
    static void Bump(scoped ref int x, int by) { x += by; }
    static ref int PickFirst(ref int keep, scoped ref int other) { if (other > keep) keep = other; return ref keep; }
    static Span<int> Shrink(Span<int> s, scoped ReadOnlySpan<int> skip) { return s.Slice(skip.Length); }

    static int Main()
    {
        Span<int> buf = stackalloc int[s_n];
        Fill(buf, 10);
        if (buf[0] != 10 || buf[4] != 14) return 1;
        if (Sum(buf) != 60) return 2;
        int[] heap = new int[s_n * 2];
        Fill(heap, -3);
        if (Sum(heap) != 15) return 3;
        int v = 1;
        Bump(ref v, 6);
        Bump(ref heap[0], 100);
        if (v != 7 || heap[0] != 97) return 4;
        scoped ref int alias = ref v;
        alias *= 3;
        if (v != 21) return 5;
        int keep = 4, other = 9;
        PickFirst(ref keep, ref other) += 1;
        if (keep != 10 || other != 9) return 6;
        Span<int> skip = stackalloc int[2];
        Span<int> rest = Shrink(heap, skip);
        if (rest.Length != 8 || rest[0] != heap[2]) return 7;
        Accum acc = new Accum();
        acc.AddAll(buf);
        acc.AddAll(heap);
        if (acc.Sum != 60 + 15 + 100) return 8;
        return 100;
    }
}
