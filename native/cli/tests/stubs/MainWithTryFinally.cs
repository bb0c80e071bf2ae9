// Main has a try/finally (exception handling is not compiled yet): the build still writes an image whose Main is a
// stub, and running it raises NotSupportedException with the reason.
static class Program
{
    static int s_value = 100;

    static int Main()
    {
        try
        {
            return s_value;
        }
        finally
        {
            s_value = 1;
        }
    }
}
