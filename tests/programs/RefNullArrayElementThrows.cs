// Expects an unhandled System.NullReferenceException from taking a ref to an element of a null array (ldelema) to pass it to a method; returns 100 only if nothing is thrown.
static class Program
{
    static int[] s_ok = { 5 };
    static int[] s_null = null;

    static void Inc(ref int x) => x++;

    static int Main()
    {
        Inc(ref s_ok[0]);
        if (s_ok[0] != 6) return 1;
        int[] a = s_null;
        Inc(ref a[0]);
        return 100;
    }
}
