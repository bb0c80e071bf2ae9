// FNV-1a over a generated sequence, in one long loop in Main: a loop in a function that runs once.
namespace Kernels;

public static class HashLoop
{
    public static int Main()
    {
        uint hash = 2166136261;
        uint x = 1;
        for (int i = 0; i < 200_000_000; i++)
        {
            x ^= x << 13; x ^= x >> 17; x ^= x << 5;
            hash = (hash ^ (x & 0xFF)) * 16777619;
        }
        return (int)(hash & 0xFF);
    }
}
