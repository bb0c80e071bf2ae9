// Checks delegates to struct instance methods: the delegate binds a boxed copy, so later changes to the local are not seen, a mutating method changes only the box (and keeps changing it across calls), and two delegates from one local get separate boxes.
struct Point
{
    public int X, Y;
    public int Sum() { return X + Y; }
    public int Bump() { X += 10; return X; }
    public override string ToString() { return "p"; }
}

struct Big
{
    public long A, B, C, D;
    public long Total(long k) { return (A + B + C + D) * k; }
}

static class Program
{
    static int s_x = 3, s_y = 4;

    static int Main()
    {
        Point p = new Point { X = s_x, Y = s_y };
        System.Func<int> sum = p.Sum;
        p.X = 100;
        if (sum() != 7) return 1;
        if (p.Sum() != 104) return 2;
        System.Func<int> bump = p.Bump;
        if (bump() != 110) return 3;
        if (bump() != 120) return 4;
        if (p.X != 100) return 5;
        System.Func<int> bump2 = p.Bump;
        if (bump2() != 110) return 6;
        if (bump() != 130) return 7;
        System.Func<string> str = p.ToString;
        if (str() != "p") return 8;
        Big big = new Big { A = s_x, B = s_y, C = 1L << 33, D = -1 };
        System.Func<long, long> total = big.Total;
        big.A = 0;
        if (total(2) != ((1L << 33) + 6) * 2) return 9;
        Point[] arr = new Point[3];
        for (int i = 0; i < arr.Length; i++) arr[i] = new Point { X = i, Y = i * i };
        System.Func<int>[] sums = new System.Func<int>[arr.Length];
        for (int i = 0; i < arr.Length; i++) sums[i] = arr[i].Sum;
        arr[2].X = 50;
        int r = 0;
        for (int i = 0; i < sums.Length; i++) r = r * 10 + sums[i]();
        if (r != 26) return 10;
        return 100;
    }
}
