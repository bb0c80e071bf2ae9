// The importer on generics: instantiations of a generic class and method, statics per instantiation with a class
// constructor check, a constrained call on a value type, and `typeof` queries answered at compile time.
class Box<T>
{
    public static int Count;
    static Box() { Count = 10; }
    public T Value;
    public Box(T v) { Value = v; Count++; }
}

static class Program
{
    static T First<T>(T[] items) => items[0];
    static int Count<T>() => Box<T>.Count;
    static string Describe<T>(T value) where T : struct => value.ToString();
    static bool IsInt<T>() => typeof(T) == typeof(int);
    static bool IsValue<T>() => typeof(T).IsValueType;

    static int Main()
    {
        var b = new Box<int>(First(new[] { 5 }));
        return b.Value + Count<int>() + Describe(3).Length + (IsInt<long>() ? 1 : 0) + (IsValue<string>() ? 2 : 0) + (IsValue<int>() ? 4 : 0);
    }
}
