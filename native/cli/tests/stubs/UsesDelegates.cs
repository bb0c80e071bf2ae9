// Main makes a delegate, which the compiler does not compile yet: the build stubs Main with a reason.
static class Program
{
    static int Main()
    {
        System.Func<int> answer = () => 100;
        return answer();
    }
}
