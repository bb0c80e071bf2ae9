// Checks ref, out and in arguments: primitives and structs by ref (changes seen by the caller), out on uninitialized locals, out var and discards, in on a readonly struct and on a mutable struct (the callee sees the caller's storage), and ref to array elements and fields.
struct Vec3 { public int X, Y, Z; }
readonly struct Frozen { public readonly int A, B; public Frozen(int a, int b) { A = a; B = b; } public int Sum() { return A + B; } }
class Holder { public Vec3 V; public int N; }

static class Program
{
    static int s_seed = 3;
    static Vec3 s_shared;

    static void Swap(ref int a, ref int b) { int t = a; a = b; b = t; }
    static void Scale(ref Vec3 v, int k) { v.X *= k; v.Y *= k; v.Z *= k; }
    static void Split(int n, out int tens, out int ones) { tens = n / 10; ones = n % 10; }
    static bool TryHalf(int n, out int half) { half = n / 2; return (n & 1) == 0; }
    static void MakeVec(int s, out Vec3 v) { v.X = s; v.Y = s + 1; v.Z = s + 2; }
    static int Dot(in Vec3 a, in Vec3 b) { return a.X * b.X + a.Y * b.Y + a.Z * b.Z; }
    static int SumFrozen(in Frozen f) { return f.Sum(); }
    static int ReadShared(in Vec3 v) { s_shared.X = 1000; return v.X; }

    static int Main()
    {
        int a = s_seed, b = 8;
        Swap(ref a, ref b);
        if (a != 8 || b != 3) return 1;
        Vec3 v = new Vec3 { X = 1, Y = 2, Z = s_seed };
        Scale(ref v, 2);
        if (v.X != 2 || v.Y != 4 || v.Z != 6) return 2;
        Split(47, out int t, out int o);
        if (t != 4 || o != 7) return 3;
        Split(s_seed * 31, out _, out int onlyOnes);
        if (onlyOnes != 3) return 4;
        int halves = 0;
        for (int i = 0; i < 10; i++) if (TryHalf(i, out int h)) halves += h;
        if (halves != 10) return 5;
        Vec3 made;
        MakeVec(s_seed, out made);
        if (made.X != 3 || made.Z != 5) return 6;
        if (Dot(in v, made) != 2 * 3 + 4 * 4 + 6 * 5) return 7;
        if (Dot(v, new Vec3 { X = 1, Y = 1, Z = 1 }) != 12) return 8;
        if (SumFrozen(new Frozen(s_seed, 4)) != 7) return 9;
        s_shared.X = 5;
        if (ReadShared(in s_shared) != 1000) return 10;
        int[] arr = { 1, 2, 3 };
        Swap(ref arr[0], ref arr[2]);
        if (arr[0] != 3 || arr[2] != 1) return 11;
        Holder hd = new Holder { N = 9 };
        Scale(ref hd.V, 3);
        hd.V.X = 1;
        Scale(ref hd.V, s_seed);
        Swap(ref hd.N, ref hd.V.X);
        if (hd.N != 3 || hd.V.X != 9) return 12;
        Vec3[] vs = new Vec3[2];
        MakeVec(7, out vs[1]);
        Scale(ref vs[1], 2);
        if (vs[1].Y != 16 || vs[0].Y != 0) return 13;
        return 100;
    }
}
