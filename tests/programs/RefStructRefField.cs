// Checks ref structs with ref fields (C# 11): writes through a ref int field reach the local or array element it refers to, re-pointing the field with ref assignment, a ref readonly field, a ref struct holding a Span<int>, and ref struct methods that use both.
using System;

ref struct IntRef
{
    public ref int Target;
    public IntRef(ref int t) { Target = ref t; }
    public void Add(int v) { Target += v; }
}

ref struct ReadView
{
    public ref readonly int Target;
    public ReadView(ref int t) { Target = ref t; }
    public int Twice() { return Target * 2; }
}

ref struct Cursor
{
    Span<int> _data;
    int _pos;
    public ref int Count;
    public Cursor(Span<int> data, ref int count) { _data = data; _pos = 0; Count = ref count; }
    public bool Next(out int value)
    {
        if (_pos >= _data.Length) { value = 0; return false; }
        value = _data[_pos++];
        Count++;
        return true;
    }
    public void WriteAll(int v) { for (int i = 0; i < _data.Length; i++) _data[i] = v; }
}

static class Program
{
    static int s_v = 5;

    static void AddThrough(IntRef r, int v) { r.Add(v); }

    static int Main()
    {
        int x = s_v;
        IntRef r = new IntRef(ref x);
        r.Target = 10;
        r.Add(s_v);
        if (x != 15) return 1;
        AddThrough(r, 1);
        if (x != 16) return 2;
        int[] arr = { 1, 2, 3 };
        r.Target = ref arr[1];
        r.Add(40);
        if (arr[1] != 42 || x != 16) return 3;
        ReadView view = new ReadView(ref arr[2]);
        arr[2] = 21;
        if (view.Twice() != 42 || view.Target != 21) return 4;
        int count = 0;
        Cursor c = new Cursor(arr, ref count);
        int sum = 0;
        while (c.Next(out int v)) sum += v;
        if (sum != 1 + 42 + 21 || count != 3) return 5;
        c.Count = 100;
        if (count != 100) return 6;
        c.WriteAll(s_v);
        if (arr[0] != 5 || arr[2] != 5) return 7;
        Span<int> local = stackalloc int[4];
        int steps = 0;
        Cursor c2 = new Cursor(local.Slice(1), ref steps);
        c2.WriteAll(9);
        while (c2.Next(out int w)) sum += w;
        if (local[0] != 0 || local[3] != 9 || steps != 3) return 8;
        return 100;
    }
}
