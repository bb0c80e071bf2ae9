// Expects an unhandled System.ArrayTypeMismatchException from taking a ref to an element of a string[] seen as object[] (ldelema checks the exact element type); returns 100 only if nothing is thrown.
static class Program
{
    static int s_n = 2;

    static void Swap(ref object a, ref object b) { object t = a; a = b; b = t; }

    static int Main()
    {
        object[] exact = new object[s_n];
        exact[0] = "x";
        exact[1] = 5;
        Swap(ref exact[0], ref exact[1]);
        if ((int)exact[0] != 5) return 1;
        object[] covariant = new string[] { "a", "b" };
        Swap(ref covariant[0], ref covariant[1]);
        return 100;
    }
}
