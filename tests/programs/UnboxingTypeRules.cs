// Checks which unboxings the runtime accepts: a boxed enum unboxes to its underlying type and a boxed integer to an enum of that underlying type, while isinst stays exact (a boxed enum is not an int), and unboxing to Nullable of the exact type.
// (Unboxing a boxed enum to Nullable of its underlying type, or a boxed int to Nullable of an enum, throws on CoreCLR: see UnboxEnumToNullableIntThrows.cs.)
enum Small : short { A = -3 }
enum Color { Red = 1, Green = 2 }
enum Size : long { Huge = 1L << 40 }

static class Program
{
    static int s_one = 1;

    static int Main()
    {
        object color = (Color)(s_one + 1);
        if (color is int) return 1;
        if ((int)color != 2) return 2;
        object i = s_one;
        if (i is Color) return 3;
        if ((Color)i != Color.Red) return 4;
        object sm = Small.A;
        if ((short)sm != -3 || sm is short) return 5;
        object sz = Size.Huge;
        if ((long)sz != 1L << 40) return 6;
        object l = 1L << 40;
        if ((Size)l != Size.Huge) return 7;
        int? ni = (int?)i;
        if (ni != 1) return 8;
        Color? nc = (Color?)color;
        if (nc != Color.Green) return 9;
        if (!(color is Color c) || c != Color.Green) return 10;
        object b = (byte)200;
        if (b is sbyte || b is int || (byte)b != 200) return 11;
        return 100;
    }
}
