// System.OverflowException: int.MinValue / -1 with the -1 a constant in the IL (only a variable dividend): the overflow check stays for this divisor.
static class Program
{
    static int s_min = int.MinValue;

    static int Main()
    {
        if (s_min / 2 != -1073741824) return 1;
        int q = s_min / -1;
        return q == 0 ? 101 : 100;
    }
}
