// Checks a hand-written generic stack with array growth, used for int, long, string, a struct and a class: push/pop order, growth past the initial capacity, cleared slots, and a balanced-brackets checker built on Stack<char>.
class Stack<T>
{
    T[] _items = new T[1];
    int _count;

    public int Count { get { return _count; } }
    public int Capacity { get { return _items.Length; } }

    public void Push(T item)
    {
        if (_count == _items.Length)
        {
            T[] bigger = new T[_items.Length * 2];
            for (int i = 0; i < _count; i++) bigger[i] = _items[i];
            _items = bigger;
        }
        _items[_count++] = item;
    }

    public T Pop()
    {
        T item = _items[--_count];
        _items[_count] = default(T);
        return item;
    }

    public T Peek() { return _items[_count - 1]; }
    public T SlotAt(int i) { return _items[i]; }
}

struct Frame { public int Pc; public long Sp; }

static class Program
{
    static int s_n = 100;

    static bool Balanced(string s)
    {
        Stack<char> st = new Stack<char>();
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '(' || c == '[' || c == '{') st.Push(c);
            else if (c == ')' || c == ']' || c == '}')
            {
                if (st.Count == 0) return false;
                char o = st.Pop();
                if ((c == ')' && o != '(') || (c == ']' && o != '[') || (c == '}' && o != '{')) return false;
            }
        }
        return st.Count == 0;
    }

    static int Main()
    {
        Stack<int> ints = new Stack<int>();
        for (int i = 0; i < s_n; i++) ints.Push(i * i);
        if (ints.Count != 100 || ints.Capacity != 128) return 1;
        long sum = 0;
        for (int i = s_n - 1; i >= 0; i--) { int v = ints.Pop(); if (v != i * i) return 2; sum += v; }
        if (sum != 328350 || ints.Count != 0) return 3;
        Stack<string> strs = new Stack<string>();
        strs.Push("x");
        strs.Push("y");
        if (strs.Pop() != "y" || strs.SlotAt(1) != null || strs.Peek() != "x") return 4;
        Stack<long> longs = new Stack<long>();
        longs.Push(long.MinValue);
        longs.Push(-1);
        if (longs.Pop() + longs.Pop() != long.MaxValue) return 5;
        Stack<Frame> frames = new Stack<Frame>();
        for (int i = 0; i < 10; i++) frames.Push(new Frame { Pc = i, Sp = i * 8L });
        Frame f = frames.Pop();
        if (f.Pc != 9 || f.Sp != 72 || frames.Peek().Pc != 8 || frames.SlotAt(9).Sp != 0) return 6;
        Stack<Stack<int>> nested = new Stack<Stack<int>>();
        nested.Push(new Stack<int>());
        nested.Peek().Push(5);
        if (nested.Pop().Pop() != 5) return 7;
        if (!Balanced("{[()()]}(([]))") || Balanced("([)]") || Balanced("((") || Balanced("())")) return 8;
        return 100;
    }
}
