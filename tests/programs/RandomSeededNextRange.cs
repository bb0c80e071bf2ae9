// Checks a seeded Random's bounded draws (Next(max), Next(min, max), NextInt64(max)), which convert a double sample
// with double.ConvertToIntegerNative<int> (an [Intrinsic] whose IL calls itself), and that conversion in range.
using System;

static class Program
{
    static double s_big = 3e9, s_in = -123.9;

    static int Main()
    {
        var a = new Random(42);
        var b = new Random(42);
        int sum = 0;
        for (int i = 0; i < 100; i++)
        {
            int x = a.Next(1000);
            if (x < 0 || x >= 1000) return 1;
            if (b.Next(1000) != x) return 2;
            sum += x;
        }
        if (sum != 41668) return 3;
        var c = new Random(7);
        int y = c.Next(-50, 50);
        if (y < -50 || y >= 50) return 4;
        long z = c.NextInt64(1L << 40);
        if (z < 0 || z >= 1L << 40) return 5;
        // In range only: out of range the result is the platform's (x64 and Wasm differ).
        if (double.ConvertToIntegerNative<int>(s_in) != -123) return 6;
        if (double.ConvertToIntegerNative<long>(s_big) != 3000000000L) return 7;
        if (float.ConvertToIntegerNative<byte>((float)-s_in) != 123) return 8;
        return 100;
    }
}
