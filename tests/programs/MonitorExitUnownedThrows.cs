// Monitor.Exit on an object whose lock is not held ends the program with System.Threading.SynchronizationLockException.
using System;
using System.Threading;

static class Program
{
    static object s_gate = new object();

    static int Main()
    {
        lock (s_gate)
        {
            if (!Monitor.IsEntered(s_gate))
                return 1;
        }
        if (Monitor.IsEntered(s_gate))
            return 2;
        Monitor.Exit(s_gate);
        return 100;
    }
}
