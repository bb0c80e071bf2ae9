// Protected regions on the path that does not throw: a hot loop whose body enters a try/finally and a try/catch
// every iteration (a `using`-like pattern and a guarded parse), so the cost of entering regions shows.
namespace Kernels;

public static class TryRegions
{
    sealed class Counter
    {
        public int Opened, Closed;
    }

    static int Guarded(int[] data, int i)
    {
        try
        {
            return data[i & 1023] * 3 + 1;
        }
        catch (System.IndexOutOfRangeException)
        {
            return -1;
        }
    }

    public static int Main()
    {
        var data = new int[1024];
        for (int i = 0; i < data.Length; i++) data[i] = i * 7 + 3;
        var counter = new Counter();
        long sum = 0;
        for (int i = 0; i < 60_000_000; i++)
        {
            counter.Opened++;
            try
            {
                sum += Guarded(data, i);
            }
            finally
            {
                counter.Closed++;
            }
        }
        return (int)((sum ^ counter.Opened ^ counter.Closed) & 0xFF);
    }
}
