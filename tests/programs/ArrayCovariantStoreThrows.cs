// Expects an unhandled System.ArrayTypeMismatchException from storing an int (boxed) into a string[] seen as object[]; returns 100 only if nothing is thrown.
static class Program
{
    static int s_n = 3;

    static void Fill(object[] arr, object v)
    {
        for (int i = 0; i < arr.Length; i++) arr[i] = v;
    }

    static int Main()
    {
        object[] objs = new string[s_n];
        Fill(objs, "ok");
        Fill(objs, null);
        if (objs[2] != null) return 1;
        Fill(objs, s_n);
        return 100;
    }
}
