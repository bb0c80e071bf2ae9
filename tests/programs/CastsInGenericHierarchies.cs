// Checks casts and type tests on generic class hierarchies: Derived<T> to Base<T>, closed derived types, generic types with different arguments never converting, and generic arrays.
class Base<T> { public T Item; }
class Derived<T> : Base<T> { }
class IntDerived : Base<int> { }
class Pair<A, B> : Base<A> { public B Extra; }

static class Program
{
    static int s_v = 6;

    static int Main()
    {
        object d = new Derived<string> { Item = "s" };
        if (!(d is Base<string>) || d is Base<object> || d is Derived<object>) return 1;
        if (((Base<string>)d).Item != "s") return 2;
        object i = new IntDerived { Item = s_v };
        if (!(i is Base<int>) || i is Base<long> || i is Derived<int>) return 3;
        object p = new Pair<int, string> { Item = s_v, Extra = "x" };
        if (!(p is Base<int>) || p is Base<string> || !(p is Pair<int, string>) || p is Pair<string, int>) return 4;
        Base<int> bp = (Base<int>)p;
        if (bp.Item != 6 || ((Pair<int, string>)bp).Extra != "x") return 5;
        object arr = new Derived<int>[2];
        if (!(arr is Base<int>[]) || arr is Base<long>[]) return 6;
        Base<int>[] asBase = (Base<int>[])arr;
        asBase[0] = new Derived<int> { Item = 1 };
        if (((Derived<int>[])arr)[0].Item != 1) return 7;
        return 100;
    }
}
