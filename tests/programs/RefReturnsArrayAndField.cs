// Checks ref returns: a method returning a ref to an array element, to an instance field, to a static field and to an element of a struct array in an object, conditional ref expressions, and writes through each ref.
class Grid
{
    public int[] Cells = new int[16];
    public int Width = 4;
    public int Total;
    public ref int At(int x, int y) { return ref Cells[y * Width + x]; }
    public ref int TotalRef() { return ref Total; }
}

struct Slot { public int Value; public int Uses; }

class Pool
{
    public Slot[] Slots = new Slot[3];
    public ref Slot Get(int i) { ref Slot s = ref Slots[i]; s.Uses++; return ref s; }
}

static class Program
{
    static int s_counter;
    static int s_x = 2;

    static ref int Counter() { return ref s_counter; }

    static ref int MaxRef(ref int a, ref int b) { return ref (a >= b ? ref a : ref b); }

    static ref int Find(int[] a, int v)
    {
        for (int i = 0; i < a.Length; i++) if (a[i] == v) return ref a[i];
        return ref a[0];
    }

    static int Main()
    {
        Grid g = new Grid();
        g.At(s_x, 1) = 5;
        g.At(s_x, 1) *= 3;
        if (g.Cells[6] != 15) return 1;
        ref int corner = ref g.At(3, 3);
        corner = -2;
        if (g.Cells[15] != -2) return 2;
        for (int i = 0; i < 4; i++) g.TotalRef() += g.At(i, i);
        if (g.Total != -2) return 3;
        Counter()++;
        Counter() += 10;
        if (s_counter != 11) return 4;
        int a = 3, b = 9;
        MaxRef(ref a, ref b) = 0;
        if (a != 3 || b != 0) return 5;
        MaxRef(ref a, ref b)++;
        if (a != 4) return 6;
        int[] data = { 7, 8, 9 };
        Find(data, 8) = 80;
        Find(data, 100) = 70;
        if (data[0] != 70 || data[1] != 80 || data[2] != 9) return 7;
        Pool p = new Pool();
        p.Get(1).Value = 42;
        p.Get(1).Value++;
        ref Slot s = ref p.Get(s_x);
        s.Value = -1;
        if (p.Slots[1].Value != 43 || p.Slots[1].Uses != 2) return 8;
        if (p.Slots[2].Value != -1 || p.Slots[2].Uses != 1 || p.Slots[0].Uses != 0) return 9;
        ref int pick = ref (s_x > 1 ? ref data[2] : ref data[0]);
        pick = 1;
        if (data[2] != 1) return 10;
        return 100;
    }
}
