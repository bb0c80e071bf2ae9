// Checks generic structs implementing generic interfaces and generic methods on structs: a Vector2<T> with a static abstract arithmetic constraint, a struct enumerator-like cursor over T[], and calls through constrained generic code that mutate the struct in place.
interface INum<T> where T : INum<T>
{
    static abstract T Add(T a, T b);
    static abstract T Mul(T a, T b);
}

struct I32 : INum<I32> { public int V; public static I32 Add(I32 a, I32 b) { return new I32 { V = a.V + b.V }; } public static I32 Mul(I32 a, I32 b) { return new I32 { V = a.V * b.V }; } }
struct F64 : INum<F64> { public double V; public static F64 Add(F64 a, F64 b) { return new F64 { V = a.V + b.V }; } public static F64 Mul(F64 a, F64 b) { return new F64 { V = a.V * b.V }; } }

struct Vector2<T> where T : INum<T>
{
    public T X, Y;
    public Vector2(T x, T y) { X = x; Y = y; }
    public T Dot(Vector2<T> o) { return T.Add(T.Mul(X, o.X), T.Mul(Y, o.Y)); }
    public void AddInPlace(Vector2<T> o) { X = T.Add(X, o.X); Y = T.Add(Y, o.Y); }
    public Vector2<T> Scale<U>(U factor, IConv<U, T> conv) { T f = conv.Convert(factor); return new Vector2<T>(T.Mul(X, f), T.Mul(Y, f)); }
}

interface IConv<A, B> { B Convert(A a); }
class IntToI32 : IConv<int, I32> { public I32 Convert(int a) { return new I32 { V = a }; } }

interface ICursor<T> { bool Next(); T Current { get; } }

struct Cursor<T> : ICursor<T>
{
    T[] _items;
    int _i;
    public Cursor(T[] items) { _items = items; _i = -1; }
    public bool Next() { return ++_i < _items.Length; }
    public T Current { get { return _items[_i]; } }
}

static class Program
{
    static int s_n = 3;

    static int Drain<C>(ref C cursor, int limit) where C : ICursor<int>
    {
        int sum = 0;
        for (int k = 0; k < limit && cursor.Next(); k++) sum += cursor.Current;
        return sum;
    }

    static int Main()
    {
        Vector2<I32> a = new Vector2<I32>(new I32 { V = s_n }, new I32 { V = 4 });
        Vector2<I32> b = new Vector2<I32>(new I32 { V = 2 }, new I32 { V = -1 });
        if (a.Dot(b).V != 2) return 1;
        a.AddInPlace(b);
        if (a.X.V != 5 || a.Y.V != 3) return 2;
        Vector2<I32> s = a.Scale(s_n, new IntToI32());
        if (s.X.V != 15 || s.Y.V != 9 || a.X.V != 5) return 3;
        Vector2<F64> f = new Vector2<F64>(new F64 { V = 0.5 }, new F64 { V = 1.5 });
        if (f.Dot(f).V != 2.5) return 4;
        Cursor<int> c = new Cursor<int>(new int[] { 1, 2, 3, 4, 5 });
        if (Drain(ref c, 2) != 3 || Drain(ref c, 2) != 7 || Drain(ref c, 10) != 5) return 5;
        ICursor<string> boxed = new Cursor<string>(new string[] { "a", "b" });
        boxed.Next();
        boxed.Next();
        if (boxed.Current != "b" || boxed.Next()) return 6;
        return 100;
    }
}
