// What the speed work pins: a getter and a constructor inlined (no call left), a null check removed in a block an
// earlier check dominates, a bounds check removed in a counting loop, and an interface cast answered from the interface
// table (a cast to a non-variant, non-generic interface needs no helper at all); the interface call after it is a
// direct call, inlined, since Program is the one constructed class with IArea (Devirtualized.cs pins the rest).
interface IArea
{
    int Area();
}

class Program : IArea
{
    int width;

    Program(int width) { this.width = width; }

    int Width => width;

    public int Area() => width * width;

    // p is checked once, in the first block; the read in the second block needs no check.
    static int WidthTwiceIf(Program p, bool twice)
    {
        int x = p.Width;
        if (twice)
            x += p.Width;
        return x;
    }

    static int AreaOf(object o) => o is IArea a ? a.Area() : -1;

    // The loop condition bounds i: no bounds check in the body (the null check stays in the header).
    static int Sum(int[] a)
    {
        int sum = 0;
        for (int i = 0; i < a.Length; i++)
            sum += a[i];
        return sum;
    }

    static int Main() =>
        WidthTwiceIf(new Program(3), true) + AreaOf(new Program(2)) + AreaOf("no") + Sum(new[] { 1, 2 }) == 12 ? 100 : 1;
}
