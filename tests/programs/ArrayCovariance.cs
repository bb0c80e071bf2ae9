// Checks array covariance without failing stores: a string[] used as object[], reading through it, storing strings (the exact element type) and null, a Derived[] used as Base[] with stores of Derived, and the type tests that see the real array type.
class Base { public int V; }
class Derived : Base { }
class MoreDerived : Derived { }

static class Program
{
    static int s_n = 3;

    static void Fill(object[] arr, object value)
    {
        for (int i = 0; i < arr.Length; i++) arr[i] = value;
    }

    static int Main()
    {
        string[] strs = new string[s_n];
        object[] objs = strs;
        Fill(objs, "x");
        if (strs[0] != "x" || strs[2] != "x") return 1;
        objs[1] = null;
        if (strs[1] != null) return 2;
        if (objs.GetType() != typeof(string[]) || !(objs is string[])) return 3;
        Derived[] ders = new Derived[s_n];
        Base[] bases = ders;
        bases[0] = new Derived { V = 1 };
        bases[1] = new MoreDerived { V = 2 };
        if (ders[1].V != 2 || !(ders[1] is MoreDerived)) return 4;
        object[] asObjects = bases;
        asObjects[2] = new MoreDerived { V = 3 };
        int sum = 0;
        foreach (Derived d in ders) sum += d.V;
        if (sum != 6) return 5;
        string[][] jag = new string[2][];
        object[] jagObjs = jag;
        jagObjs[0] = new string[] { "in" };
        if (jag[0][0] != "in") return 6;
        object[][] nested = new string[1][];
        nested[0] = new string[1];
        nested[0][0] = "deep";
        if (((string[][])nested)[0][0] != "deep") return 7;
        return 100;
    }
}
