// Expects the end CoreCLR gives unbounded recursion: "Stack overflow." on stderr and exit code 134, with no managed exception to catch.
static class Program
{
    static int s_depth;
    static int Recurse(int n) { s_depth++; return Recurse(n + 1) + 1; }
    static int Main() => Recurse(0);
}
