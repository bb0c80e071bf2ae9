// Expects an unhandled System.IndexOutOfRangeException from storing to a struct array at index Length (an off-by-one loop); returns 100 only if nothing is thrown.
struct Cell { public long V; }

static class Program
{
    static int s_n = 5;

    static int Main()
    {
        Cell[] cells = new Cell[s_n];
        for (int i = 0; i < s_n; i++) cells[i].V = i;
        if (cells[4].V != 4) return 1;
        for (int i = 0; i <= s_n; i++) cells[i].V = -i;
        return 100;
    }
}
