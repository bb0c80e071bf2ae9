// Exceptions that are thrown: each iteration throws from three calls down and catches by type, with a finally
// on the way, so a throw, the unwinding through frames with and without handlers, and the catch are measured.
namespace Kernels;

public static class ThrowCatch
{
    sealed class Miss : System.Exception
    {
        public readonly int Key;
        public Miss(int key) { Key = key; }
    }

    static int s_finallies;

    static int Lookup(int key)
    {
        if ((key & 3) != 0) throw new Miss(key);
        return key;
    }

    static int Middle(int key) => Lookup(key) + 1;

    static int Outer(int key)
    {
        try
        {
            return Middle(key);
        }
        finally
        {
            s_finallies++;
        }
    }

    public static int Main()
    {
        long sum = 0;
        for (int i = 0; i < 200_000; i++)
        {
            try
            {
                sum += Outer(i);
            }
            catch (Miss m)
            {
                sum += m.Key & 7;
            }
        }
        return (int)((sum + s_finallies) & 0xFF);
    }
}
