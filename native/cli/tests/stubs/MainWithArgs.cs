// Main takes string[] (arrays are outside the primitive slice): the build still writes an image whose Main is a
// stub, and running it raises NotSupportedException with the reason.
static class Program
{
    static int Main(string[] args) => args.Length == 0 ? 100 : 1;
}
