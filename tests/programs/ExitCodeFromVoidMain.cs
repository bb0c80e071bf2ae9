// Checks that a void Main's process exit code is Environment.ExitCode (the last value set).
using System;

static class Program
{
    static void Main()
    {
        Environment.ExitCode = 1;
        Environment.ExitCode = Environment.ExitCode == 1 ? 100 : 2;
    }
}
