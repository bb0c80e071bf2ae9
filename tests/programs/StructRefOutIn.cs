// Checks ref, out and in struct parameters: ref modifies the caller's struct (also an array element and a class field), out must fully assign, in passes a read-only reference, and ref to a struct field inside another struct.
struct Acc
{
    public long Total;
    public int Count;
}

struct Pair
{
    public Acc Left;
    public Acc Right;
}

class Box { public Acc Inner; }

static class Program
{
    static int s_v = 10;

    static void Add(ref Acc a, int v) { a.Total += v; a.Count++; }
    static void Make(out Acc a, int count) { a = new Acc(); a.Count = count; a.Total = count * 100; }
    static long Mean(in Acc a) { return a.Count == 0 ? 0 : a.Total / a.Count; }
    static void Reset(ref Acc a) { a = default(Acc); }

    static int Main()
    {
        Acc a = new Acc();
        for (int i = 1; i <= s_v; i++) Add(ref a, i);
        if (a.Total != 55 || a.Count != 10) return 1;
        if (Mean(in a) != 5 || Mean(a) != 5) return 2;
        Acc b;
        Make(out b, s_v);
        if (b.Count != 10 || b.Total != 1000) return 3;
        Acc[] arr = new Acc[3];
        Add(ref arr[1], 7);
        Add(ref arr[1], 8);
        if (arr[1].Total != 15 || arr[0].Count != 0 || arr[2].Total != 0) return 4;
        Box box = new Box();
        Add(ref box.Inner, s_v);
        if (box.Inner.Total != 10) return 5;
        Pair p = new Pair();
        Add(ref p.Right, 3);
        Add(ref p.Left, 4);
        Add(ref p.Right, 5);
        if (p.Left.Total != 4 || p.Right.Total != 8 || p.Right.Count != 2) return 6;
        Make(out p.Left, 2);
        if (p.Left.Total != 200 || p.Right.Total != 8) return 7;
        Reset(ref p.Right);
        if (p.Right.Count != 0 || p.Left.Count != 2) return 8;
        Reset(ref arr[1]);
        if (arr[1].Total != 0) return 9;
        return 100;
    }
}
