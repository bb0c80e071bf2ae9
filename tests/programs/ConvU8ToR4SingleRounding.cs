// Checks ulong->float ((float)ulong emits conv.r.un; conv.r4) rounds once to float on CoreCLR, not twice via double.
static class Program
{
    static ulong s_x = 0x8000008000000001UL;
    static ulong s_small = 0x0000008000000001UL;

    static int Main()
    {
        float f = (float)s_x;
        if (f != 9223373136366403584f) return 1;
        float g = (float)(s_x - 1);
        if (g != 9223372036854775808f) return 2;
        float h = (float)s_small;
        if (h != 549755813888f) return 3;
        return 100;
    }
}
