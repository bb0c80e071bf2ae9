// Main allocates an object, which the primitive slice cannot compile: the build stubs it with a reason.
static class Program
{
    static int Main()
    {
        object o = new object();
        return o.GetHashCode() == 0 ? 1 : 100;
    }
}
