// Main makes a TypedReference (`__makeref`, the mkrefany opcode), which the compiler does not compile: the build
// stubs Main with a reason.
static class Program
{
    static int Main()
    {
        int x = 100;
        System.TypedReference r = __makeref(x);
        return __refvalue(r, int);
    }
}
