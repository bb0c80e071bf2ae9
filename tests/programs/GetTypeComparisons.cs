// Checks GetType() against typeof: exact-type tests that reject subclasses, GetType of boxed values, arrays and generic instances, typeof equality between constructed types, and GetType on two objects of the same class.
class Base { }
class Derived : Base { }
class Gen<T> { }

static class Program
{
    static int s_n = 2;

    static bool Exactly<T>(object o) { return o != null && o.GetType() == typeof(T); }

    static int Main()
    {
        Base b = new Derived();
        if (b.GetType() == typeof(Base) || b.GetType() != typeof(Derived)) return 1;
        if (b.GetType() != new Derived().GetType() || b.GetType() == new Base().GetType()) return 2;
        object boxed = s_n;
        if (boxed.GetType() != typeof(int) || boxed.GetType() == typeof(long)) return 3;
        if (new int[s_n].GetType() != typeof(int[]) || new int[s_n].GetType() == typeof(uint[])) return 4;
        if (new string[1].GetType() == typeof(object[]) || new int[1, 1].GetType() != typeof(int[,])) return 5;
        if (new int[1][].GetType() != typeof(int[][])) return 6;
        if (new Gen<int>().GetType() != typeof(Gen<int>) || new Gen<string>().GetType() == typeof(Gen<object>)) return 7;
        if (typeof(Gen<int>) == typeof(Gen<long>) || typeof(Gen<Gen<int>>) != typeof(Gen<Gen<int>>)) return 8;
        if (!Exactly<Derived>(b) || Exactly<Base>(b) || Exactly<object>(b) || Exactly<string>(null)) return 9;
        if ("s".GetType() != typeof(string) || new object().GetType() != typeof(object)) return 10;
        if (typeof(int) == typeof(uint) || typeof(int[]) == typeof(int[,])) return 11;
        return 100;
    }
}
