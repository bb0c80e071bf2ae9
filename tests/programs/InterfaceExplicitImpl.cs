// Checks explicit interface implementations: reachable only through the interface, coexisting with a public member of the same name and a different behaviour, explicit properties and indexers, and explicit generic interface members.
interface IShape { int Area(); int Sides { get; } }
interface IGrid { int this[int r, int c] { get; } }
interface IBox<T> { T Get(); void Put(T value); }

class Board : IShape, IGrid, IBox<int>, IBox<string>
{
    int _n;
    int _stored;
    string _label = "none";

    public Board(int n) { _n = n; }

    public int Area() { return -1; }
    int IShape.Area() { return _n * _n; }
    int IShape.Sides { get { return 4; } }
    int IGrid.this[int r, int c] { get { return r * _n + c; } }

    int IBox<int>.Get() { return _stored; }
    void IBox<int>.Put(int value) { _stored = value * 2; }
    string IBox<string>.Get() { return _label; }
    void IBox<string>.Put(string value) { _label = value + "!"; }
}

static class Program
{
    static int s_n = 8;

    static int Main()
    {
        Board b = new Board(s_n);
        if (b.Area() != -1) return 1;
        IShape shape = b;
        if (shape.Area() != 64 || shape.Sides != 4) return 2;
        IGrid grid = b;
        if (grid[3, 5] != 29 || grid[0, 0] != 0) return 3;
        IBox<int> ib = b;
        IBox<string> sb = b;
        ib.Put(21);
        sb.Put("hi");
        if (ib.Get() != 42 || sb.Get() != "hi!") return 4;
        object o = b;
        if (((IBox<int>)o).Get() != 42) return 5;
        if (((IShape)o).Area() != 64) return 6;
        return 100;
    }
}
