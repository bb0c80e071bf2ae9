// Checks ref returns and ref locals into struct storage: a method returning a ref to an array element or a field, writes through the ref, ref locals re-pointed with ref reassignment, and ref to elements of a struct array field.
struct Cell
{
    public int Value;
    public int Hits;
}

class Board
{
    public Cell[] Cells = new Cell[9];
    public Cell Spare;

    public ref Cell At(int i) { return ref Cells[i]; }
    public ref Cell SpareRef() { return ref Spare; }
}

static class Program
{
    static int s_i = 4;

    static ref int Largest(int[] a)
    {
        int best = 0;
        for (int i = 1; i < a.Length; i++) if (a[i] > a[best]) best = i;
        return ref a[best];
    }

    static ref Cell Pick(ref Cell a, ref Cell b, bool first) { if (first) return ref a; return ref b; }

    static int Main()
    {
        Board b = new Board();
        ref Cell c = ref b.At(s_i);
        c.Value = 42;
        c.Hits++;
        if (b.Cells[4].Value != 42 || b.Cells[4].Hits != 1) return 1;
        b.At(s_i).Hits += 10;
        if (c.Hits != 11) return 2;
        c = ref b.At(0);
        c.Value = 7;
        if (b.Cells[0].Value != 7 || b.Cells[4].Value != 42) return 3;
        b.SpareRef().Value = -1;
        if (b.Spare.Value != -1) return 4;
        int[] nums = { 3, 9, 2, 8 };
        Largest(nums) = 0;
        Largest(nums) += 100;
        if (nums[1] != 0 || nums[3] != 108) return 5;
        Cell x = new Cell(), y = new Cell();
        Pick(ref x, ref y, s_i > 3).Value = 1;
        Pick(ref x, ref y, s_i > 5).Value = 2;
        if (x.Value != 1 || y.Value != 2) return 6;
        ref int hits = ref b.Cells[8].Hits;
        for (int i = 0; i < 5; i++) hits += i;
        if (b.Cells[8].Hits != 10) return 7;
        return 100;
    }
}
