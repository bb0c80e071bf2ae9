// Environment.Exit(0) called inside try/finally ends the process at once: the finally block and the code after it do not run, ProcessExit handlers do, and Exit's code overrides an ExitCode set earlier (ExitCode 9 then Exit(0)).
using System;

class EnvironmentExitFinally
{
    static int _depth;

    static void Nested(int level)
    {
        _depth = level;
        try
        {
            if (level == 3)
            {
                Console.WriteLine("calling Environment.Exit(0) at depth " + level);
                Environment.Exit(0);
                Console.WriteLine("after Exit (must not print)");
            }
            else
            {
                Nested(level + 1);
            }
        }
        finally
        {
            Console.WriteLine("finally at depth " + level + " (must not print)");
        }
    }

    static int Main()
    {
        AppDomain.CurrentDomain.ProcessExit += (sender, e) => Console.WriteLine("ProcessExit handler, depth " + _depth + ", ExitCode " + Environment.ExitCode);
        try
        {
            Console.WriteLine("try block runs");
        }
        finally
        {
            Console.WriteLine("normal finally runs");
        }
        try
        {
            throw new InvalidOperationException("before exit");
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("caught " + e.GetType().Name + ": " + e.Message);
        }
        Environment.ExitCode = 9;
        Console.WriteLine("ExitCode now " + Environment.ExitCode);
        try
        {
            Nested(1);
        }
        catch (Exception e)
        {
            Console.WriteLine("catch (must not print) " + e.GetType().Name);
        }
        finally
        {
            Console.WriteLine("outer finally (must not print)");
        }
        Console.WriteLine("end of Main (must not print)");
        return 5;
    }
}
