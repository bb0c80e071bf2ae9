// Expects an unhandled System.ArrayTypeMismatchException from storing a sibling class into a derived-class array seen as an array of the base class; returns 100 only if nothing is thrown.
class Base { public int V; }
class Left : Base { }
class Right : Base { }

static class Program
{
    static int s_n = 2;

    static int Main()
    {
        Base[] arr = new Left[s_n];
        arr[0] = new Left { V = 1 };
        Base[] plain = new Base[s_n];
        plain[0] = new Right();
        plain[1] = new Left();
        if (arr[0].V != 1 || !(plain[0] is Right)) return 1;
        arr[1] = new Right { V = 2 };
        return 100;
    }
}
