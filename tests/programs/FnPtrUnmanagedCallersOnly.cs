// Checks unmanaged function pointers (delegate* unmanaged<...>) to [UnmanagedCallersOnly] static methods: calling through the pointer with int, long, double and pointer arguments, a blittable struct returned by value, pointers chosen at run time and kept in an array, and a callback writing through a pointer argument. Needs -unsafe.
using System.Runtime.InteropServices;

struct Vec2 { public int X, Y; }

static unsafe class Program
{
    static int s_a = 6, s_b = 7;
    static long s_big = 1L << 35;

    [UnmanagedCallersOnly] static int Mul(int a, int b) => a * b;
    [UnmanagedCallersOnly] static int Sub(int a, int b) => a - b;
    [UnmanagedCallersOnly] static long AddLong(long a, int b) => a + b;
    [UnmanagedCallersOnly] static double Half(double d) => d / 2;
    [UnmanagedCallersOnly] static void Store(int* p, int v) { *p = v * 3; }
    [UnmanagedCallersOnly] static Vec2 Make(int x, int y) => new Vec2 { X = x + 1, Y = y - 1 };
    [UnmanagedCallersOnly] static int SumArr(int* p, int n) { int s = 0; for (int i = 0; i < n; i++) s += p[i]; return s; }

    static int Apply(delegate* unmanaged<int, int, int> f, int a, int b) => f(a, b);

    static int Main()
    {
        delegate* unmanaged<int, int, int> mul = &Mul;
        if (mul(s_a, s_b) != 42) return 1;
        if (Apply(&Sub, s_a, s_b) != -1) return 2;
        delegate* unmanaged<long, int, long> al = &AddLong;
        if (al(s_big, s_a) != s_big + 6) return 3;
        delegate* unmanaged<double, double> h = &Half;
        if (h(s_b) != 3.5) return 4;
        int target = 0;
        delegate* unmanaged<int*, int, void> st = &Store;
        st(&target, s_b);
        if (target != 21) return 5;
        delegate* unmanaged<int, int, Vec2> mk = &Make;
        Vec2 v = mk(s_a, s_b);
        if (v.X != 7 || v.Y != 6) return 6;

        var table = new delegate* unmanaged<int, int, int>[] { &Mul, &Sub, &Mul };
        int acc = 1;
        for (int i = 0; i < table.Length; i++) acc = table[i](acc + i, 2);
        // (1*2)=2, (2+1-2)=1, (1+2)*2=6
        if (acc != 6) return 7;

        int* buf = stackalloc int[5];
        for (int i = 0; i < 5; i++) buf[i] = i * s_a;
        delegate* unmanaged<int*, int, int> sum = &SumArr;
        if (sum(buf, 5) != 60) return 8;
        delegate* unmanaged<int, int, int> pick = s_a > s_b ? &Mul : &Sub;
        if (pick(10, 3) != 7) return 9;
        return 100;
    }
}
