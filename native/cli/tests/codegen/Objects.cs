// What the speed work pins: a getter and a constructor inlined (no call left), a null check removed in a block an
// earlier check dominates, and an interface cast and call answered from the interface table (the runtime helper
// only on a miss; a cast to a non-variant, non-generic interface needs no helper at all).
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

    static int Main() => WidthTwiceIf(new Program(3), true) + AreaOf(new Program(2)) + AreaOf("no") == 9 ? 100 : 1;
}
