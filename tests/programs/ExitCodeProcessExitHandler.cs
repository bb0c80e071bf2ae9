// Checks how the exit code is settled: an int Main's result becomes Environment.ExitCode before the ProcessExit
// handlers run (they see 3), and a handler that sets ExitCode changes the process's exit code, as on CoreCLR.
using System;

static class Program
{
    static int s_seen = -1;

    static int Main()
    {
        Environment.ExitCode = 7;
        if (Environment.ExitCode != 7) return 1;
        AppDomain.CurrentDomain.ProcessExit += (sender, e) =>
        {
            s_seen = Environment.ExitCode;
            Environment.ExitCode = s_seen == 3 ? 100 : 50 + s_seen;
        };
        return 3;
    }
}
