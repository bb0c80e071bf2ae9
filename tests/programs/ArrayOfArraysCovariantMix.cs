// Checks arrays of arrays mixing value-type and reference element types through object[]: an object[] holding int[], string[] and object[], element arrays replaced, and type tests on each.
static class Program
{
    static int s_n = 3;

    static int Describe(object a)
    {
        if (a is int[] ints) return 100 + ints.Length;
        if (a is string[] strs) return 200 + strs.Length;
        if (a is object[] objs) return 300 + objs.Length;
        return 0;
    }

    static int Main()
    {
        object[] table = new object[4];
        table[0] = new int[s_n];
        table[1] = new string[s_n + 1];
        table[2] = new object[] { 1, "x" };
        table[3] = table;
        long code = 0;
        foreach (object o in table) code = code * 1000 + Describe(o);
        if (code != 103204302304L) return 1;
        ((int[])table[0])[2] = 5;
        ((string[])table[1])[0] = "first";
        if (((int[])table[0])[2] != 5 || ((object[])table[1])[0] != (object)"first") return 2;
        table[0] = new long[2];
        if (Describe(table[0]) != 0 || table[0] is int[]) return 3;
        object[][] jag = new object[2][];
        jag[0] = new string[] { "s" };
        jag[1] = new object[] { 2 };
        if (!(jag[0] is string[]) || (int)jag[1][0] != 2) return 4;
        return 100;
    }
}
