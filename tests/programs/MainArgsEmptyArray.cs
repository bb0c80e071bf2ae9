// Checks that Main(string[] args) gets an empty array, not null, when the program is run without arguments.
static class Program
{
    static int Main(string[] args)
    {
        if (args == null) return 1;
        if (args.Length != 0) return 2;
        if (args.GetType() != typeof(string[])) return 3;
        return 100;
    }
}
