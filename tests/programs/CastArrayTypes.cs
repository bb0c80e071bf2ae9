// Checks type tests on arrays: string[] is object[] (covariance), int[] is not object[], arrays of a derived class are arrays of the base and of its interfaces, jagged and multi-dimensional array types, and the runtime's int[]/uint[] and enum[]/int[] compatibility.
interface IThing { }
class Base : IThing { }
class Derived : Base { }
enum E { A }

static class Program
{
    static int s_n = 3;

    static int Main()
    {
        object strs = new string[s_n];
        if (!(strs is object[]) || !(strs is string[]) || strs is int[]) return 1;
        object ints = new int[s_n];
        if (ints is object[] || !(ints is int[]) || ints is long[]) return 2;
        object ders = new Derived[s_n];
        if (!(ders is Base[]) || !(ders is IThing[]) || !(ders is object[]) || ders is string[]) return 3;
        object bases = new Base[s_n];
        if (bases is Derived[] || !(bases is IThing[])) return 4;
        object jag = new int[s_n][];
        if (!(jag is int[][]) || !(jag is object[]) || jag is int[,]) return 5;
        object md = new string[2, 2];
        if (!(md is string[,]) || md is object[] || !(md is object[,])) return 6;
        // The runtime treats int[] and uint[] (and an int-based enum's array) as compatible.
        if (!(ints is uint[]) || !(ints is E[])) return 7;
        object enums = new E[1];
        if (!(enums is int[])) return 8;
        object bytes = new byte[1];
        if (!(bytes is sbyte[]) || bytes is short[]) return 9;
        Base[] asBase = (Base[])ders;
        if (asBase.Length != 3) return 10;
        return 100;
    }
}
