// Checks boxed structs used through interfaces: interface calls mutate the box, not the original; the same box seen through two interfaces shares state; unboxing after mutation sees it; and re-boxing starts from the unboxed copy.
interface IMover { void Move(int dx); int Position { get; } }
interface IReset { void Reset(); }

struct Cart : IMover, IReset
{
    public int Pos;
    public int Moves;
    public void Move(int dx) { Pos += dx; Moves++; }
    public int Position { get { return Pos; } }
    public void Reset() { Pos = 0; }
}

static class Program
{
    static int s_dx = 5;

    static void MoveTwice(IMover m, int dx) { m.Move(dx); m.Move(dx); }

    static int Main()
    {
        Cart c = new Cart();
        IMover m = c;
        MoveTwice(m, s_dx);
        if (c.Pos != 0 || m.Position != 10) return 1;
        IReset r = (IReset)m;
        r.Reset();
        if (m.Position != 0) return 2;
        m.Move(s_dx);
        Cart unboxed = (Cart)m;
        if (unboxed.Pos != 5 || unboxed.Moves != 3) return 3;
        unboxed.Move(1);
        IMover again = unboxed;
        if (again.Position != 6 || m.Position != 5) return 4;
        object o = m;
        ((IMover)o).Move(100);
        if (m.Position != 105) return 5;
        IMover[] fleet = { c, c, m };
        foreach (IMover f in fleet) f.Move(1);
        if (fleet[0].Position != 1 || fleet[1].Position != 1 || m.Position != 106) return 6;
        return 100;
    }
}
