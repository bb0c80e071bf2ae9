// Expects an unhandled System.DivideByZeroException from an integer division in a method called through a function pointer taken from a table; returns 100 only if nothing is thrown. Needs -unsafe.
static unsafe class Program
{
    static int s_zero = 0;
    static int s_x = 12;

    static int Div(int a, int b) => a / b;
    static int Mod(int a, int b) => a % b;

    static int Main()
    {
        var ops = new delegate*<int, int, int>[] { &Div, &Mod };
        if (ops[0](s_x, 5) != 2 || ops[1](s_x, 5) != 2) return 1;
        int r = ops[1](s_x, s_zero);
        return r == 0 ? 100 : 101;
    }
}
