// Checks that an explicit static constructor of a generic class runs once per instantiation, at first use of that instantiation, and can use typeof(T) and default(T).
static class Log
{
    public static int Runs;
    public static long Order;
    public static void Add(int d) { Runs++; Order = Order * 10 + d; }
}

class Meta<T>
{
    public static readonly int Id;
    public static readonly bool IsValueType;
    public static int Uses;

    static Meta()
    {
        if (typeof(T) == typeof(int)) Id = 1;
        else if (typeof(T) == typeof(string)) Id = 2;
        else if (typeof(T) == typeof(double)) Id = 3;
        else Id = 9;
        IsValueType = default(T) != null;
        Log.Add(Id);
    }

    public static int Use() { return ++Uses; }
}

static class Program
{
    static int s_n = 3;

    static int Main()
    {
        if (Log.Runs != 0) return 1;
        if (Meta<string>.Use() != 1 || Log.Order != 2) return 2;
        for (int i = 0; i < s_n; i++) Meta<int>.Use();
        if (Meta<int>.Uses != 3 || Log.Order != 21 || Log.Runs != 2) return 3;
        if (Meta<double>.Id != 3 || Log.Order != 213) return 4;
        if (Meta<object>.Id != 9 || Meta<int[]>.Id != 9 || Log.Runs != 5) return 5;
        if (!Meta<int>.IsValueType || Meta<string>.IsValueType || !Meta<double>.IsValueType || Meta<object>.IsValueType) return 6;
        Meta<string>.Use();
        if (Meta<string>.Uses != 2 || Log.Runs != 5) return 7;
        return 100;
    }
}
