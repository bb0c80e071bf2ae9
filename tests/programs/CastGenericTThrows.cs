// Expects an unhandled System.InvalidCastException from (T)obj inside generic code instantiated with a type the object does not have; returns 100 only if nothing is thrown.
class Base { }
class Derived : Base { }
class Other : Base { }

static class Program
{
    static object s_sink;

    static T As<T>(object o) { return (T)o; }

    static int Main()
    {
        object d = new Derived();
        if (As<Base>(d) != d || As<Derived>(d) != d || As<object>(d) != d) return 1;
        if (As<int>(5) != 5) return 2;
        s_sink = As<Other>(d);
        return 100;
    }
}
