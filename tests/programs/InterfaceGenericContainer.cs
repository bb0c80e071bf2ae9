// Checks a generic interface implemented by generic and non-generic classes: IStack<T> over an array-backed and a linked implementation, used for int, string and a struct, and called through the interface.
interface IStack<T>
{
    void Push(T item);
    T Pop();
    T Peek();
    int Count { get; }
}

class ArrayStack<T> : IStack<T>
{
    T[] _items = new T[2];
    int _n;
    public void Push(T item)
    {
        if (_n == _items.Length)
        {
            T[] bigger = new T[_n * 2];
            for (int i = 0; i < _n; i++) bigger[i] = _items[i];
            _items = bigger;
        }
        _items[_n++] = item;
    }
    public T Pop() { T v = _items[--_n]; _items[_n] = default(T); return v; }
    public T Peek() { return _items[_n - 1]; }
    public int Count { get { return _n; } }
}

class LinkedStack<T> : IStack<T>
{
    class Cell { public T Value; public Cell Next; }
    Cell _top;
    int _n;
    public void Push(T item) { Cell c = new Cell(); c.Value = item; c.Next = _top; _top = c; _n++; }
    public T Pop() { T v = _top.Value; _top = _top.Next; _n--; return v; }
    public T Peek() { return _top.Value; }
    public int Count { get { return _n; } }
}

struct Coin
{
    public int Cents;
    public Coin(int c) { Cents = c; }
}

static class Program
{
    static int s_n = 20;

    static int Drain(IStack<int> s)
    {
        int acc = 0;
        while (s.Count > 0) acc = acc * 3 % 10007 + s.Pop();
        return acc;
    }

    static int Main()
    {
        IStack<int> a = new ArrayStack<int>();
        IStack<int> b = new LinkedStack<int>();
        for (int i = 1; i <= s_n; i++) { a.Push(i * i); b.Push(i * i); }
        if (a.Count != 20 || b.Peek() != 400 || a.Peek() != 400) return 1;
        int da = Drain(a), db = Drain(b);
        if (da != db || a.Count != 0) return 2;
        IStack<string>[] ss = { new ArrayStack<string>(), new LinkedStack<string>() };
        foreach (IStack<string> s in ss)
        {
            s.Push("a");
            s.Push("b");
            s.Push("c");
            if (s.Pop() + s.Pop() + s.Peek() != "cba") return 3;
        }
        IStack<Coin> coins = new ArrayStack<Coin>();
        for (int i = 0; i < 5; i++) coins.Push(new Coin(i * 5));
        Coin top = coins.Pop();
        top.Cents = 999;
        if (coins.Peek().Cents != 15 || coins.Count != 4) return 4;
        return 100;
    }
}
