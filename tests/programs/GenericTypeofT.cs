// Checks typeof(T) in generic code: comparisons with typeof of concrete types for value and reference instantiations (which may share code), typeof of constructed generic types, and GetType() of a T value.
class Probe<T>
{
    public static int Kind()
    {
        if (typeof(T) == typeof(int)) return 1;
        if (typeof(T) == typeof(string)) return 2;
        if (typeof(T) == typeof(object)) return 3;
        if (typeof(T) == typeof(int[])) return 4;
        if (typeof(T) == typeof(Probe<int>)) return 5;
        if (typeof(T) == typeof(Probe<string>)) return 6;
        return 0;
    }

    public static bool SameAs<U>() { return typeof(T) == typeof(U); }
    public static System.Type Nested() { return typeof(Probe<T[]>); }
}

class Animal { }
class Dog : Animal { }

static class Program
{
    static int s_i = 1;

    static bool ExactType<T>(object o) { return o.GetType() == typeof(T); }
    static System.Type TypeOfValue<T>(T v) { return v.GetType(); }

    static int Main()
    {
        if (Probe<int>.Kind() != 1 || Probe<string>.Kind() != 2 || Probe<object>.Kind() != 3) return 1;
        if (Probe<int[]>.Kind() != 4 || Probe<Probe<int>>.Kind() != 5 || Probe<Probe<string>>.Kind() != 6) return 2;
        if (Probe<long>.Kind() != 0 || Probe<Dog>.Kind() != 0 || Probe<Probe<object>>.Kind() != 0) return 3;
        if (!Probe<Dog>.SameAs<Dog>() || Probe<Dog>.SameAs<Animal>() || Probe<string>.SameAs<object>()) return 4;
        if (Probe<int>.Nested() != typeof(Probe<int[]>) || Probe<string>.Nested() == typeof(Probe<object[]>)) return 5;
        object d = new Dog();
        if (!ExactType<Dog>(d) || ExactType<Animal>(d)) return 6;
        if (TypeOfValue(s_i) != typeof(int) || TypeOfValue<object>("s") != typeof(string) || TypeOfValue<Animal>(new Dog()) != typeof(Dog)) return 7;
        if (typeof(Probe<>) == typeof(Probe<int>)) return 8;
        return 100;
    }
}
