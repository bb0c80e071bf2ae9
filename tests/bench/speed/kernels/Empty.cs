// The empty program: each runner's startup, subtracted from every kernel's time.
namespace Kernels;

public static class Empty
{
    public static int Main() => 0;
}
