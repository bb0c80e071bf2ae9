// The importer on arrays: allocation, length, bounds-checked element access, covariant reference stores, element
// addresses, multi-dimensional arrays and an initializer from RVA data.
static class Program
{
    static int Sum(int[] a) { int s = 0; for (int i = 0; i < a.Length; i++) s += a[i]; return s; }
    static void Store(object[] a, string s) { a[0] = s; }
    static void Bump(int[] a) { a[1]++; }
    static int Matrix(int[,] m) => m[1, 2];
    static int[] Initialized() => new int[] { 1, 2, 3, 4, 5, 6, 7, 8 };

    static int Main()
    {
        var a = new int[4];
        Bump(a);
        Store(new string[1], "x");
        return Sum(a) + Matrix(new int[2, 3]) + Initialized()[7];
    }
}
