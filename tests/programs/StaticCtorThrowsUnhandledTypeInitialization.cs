// Expects an unhandled System.TypeInitializationException: the class constructor of Config throws
// FormatException, and the first read of Config.Limit (no handler anywhere) ends the program with the wrapper.
using System;

static class Program
{
    static int s_bad = 1;

    static class Config
    {
        public static readonly int Limit = Parse();
        static int Parse()
        {
            if (s_bad == 1) throw new FormatException();
            return 5;
        }
    }

    static int Main()
    {
        int x = Config.Limit;
        return x == 5 ? 100 : 1;
    }
}
