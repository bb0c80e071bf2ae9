// Checks boxed enums: is/as-style tests for the exact enum type, unboxing a boxed enum to its underlying integer type and an int to an int-based enum (allowed by the runtime), GetType against typeof, and enums as generic arguments.
enum Color { Red = 1, Green = 2, Blue = 4 }
enum Shade { Dark = 1 }
enum Small : byte { One = 1 }

static class Program
{
    static int s_two = 2;

    static int Describe(object o)
    {
        if (o is Color c) return 10 + (int)c;
        if (o is Shade) return 20;
        if (o is int i) return 30 + i;
        return 0;
    }

    static T Pass<T>(T v) { return v; }
    static bool IsColor<T>(T v) { return v is Color; }

    static int Main()
    {
        object boxed = (Color)s_two;
        if (Describe(boxed) != 12 || Describe(Shade.Dark) != 20 || Describe(s_two) != 32) return 1;
        if (boxed.GetType() != typeof(Color) || boxed.GetType() == typeof(int)) return 2;
        int raw = (int)boxed;
        if (raw != 2) return 3;
        object boxedInt = 4;
        Color fromInt = (Color)boxedInt;
        if (fromInt != Color.Blue) return 4;
        object small = Small.One;
        if ((byte)small != 1) return 5;
        if (Pass(Color.Blue) != Color.Blue || !IsColor(Color.Red) || IsColor(Shade.Dark) || IsColor(2)) return 6;
        Color? maybe = null;
        object boxedNull = maybe;
        if (boxedNull != null) return 7;
        maybe = Color.Green;
        object boxedSome = maybe;
        if (!(boxedSome is Color) || (Color)boxedSome != Color.Green) return 8;
        return 100;
    }
}
