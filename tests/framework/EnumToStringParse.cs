// Enum ToString (names, undefined values, "D", "X", "G", "F"), Parse/TryParse (names, numbers, ignore case, failures), GetNames/GetValues/GetName/IsDefined, underlying types, CompareTo and enum arithmetic.
using System;

enum Color { Red, Green = 5, Blue, Alias = 5 }

enum Small : byte { A = 1, B = 200 }

enum Big : long { Min = long.MinValue, Zero = 0, Max = long.MaxValue }

enum Signed : sbyte { Neg = -3, Pos = 3 }

class EnumToStringParse
{
    static int Main()
    {
        Color c = Color.Blue;
        Console.WriteLine(c + " " + c.ToString() + " " + Color.Red + " " + (Color)5 + " " + (Color)42 + " " + (Color)(-1));
        Console.WriteLine(c.ToString("D") + " " + c.ToString("X") + " " + c.ToString("G") + " " + c.ToString("F") + " " + ((Color)42).ToString("G"));
        Console.WriteLine(Small.B.ToString("X") + " " + Signed.Neg.ToString("D") + " " + Signed.Neg.ToString("X") + " " + Big.Min.ToString("D") + " " + Big.Max.ToString("X"));
        Console.WriteLine((int)c + " " + (byte)Small.B + " " + (long)Big.Min + " " + $"{c} {c:D} {c,8}|{c,-8}|");
        Console.WriteLine(Enum.Parse<Color>("Green") + " " + Enum.Parse<Color>("6") + " " + Enum.Parse<Color>("blue", true) + " " + Enum.Parse(typeof(Small), "B") + " " + Enum.Parse<Color>(" Red ") + " " + Enum.Parse<Color>("99"));
        Console.WriteLine(Enum.TryParse<Color>("Purple", out var p1) + " " + p1 + " " + Enum.TryParse<Color>("RED", out var p2) + " " + p2 + " " + Enum.TryParse<Color>("RED", true, out var p3) + " " + p3);
        Console.WriteLine(Enum.TryParse<Small>("300", out var s1) + " " + s1 + " " + Enum.TryParse<Signed>("-3", out var s2) + " " + s2 + " " + Enum.TryParse<Color>("", out var p4) + " " + p4);
        Console.WriteLine(string.Join(",", Enum.GetNames<Color>()) + " | " + string.Join(",", Enum.GetValues<Color>()) + " | " + string.Join(",", Enum.GetNames(typeof(Signed))));
        foreach (Big b in Enum.GetValues<Big>())
            Console.Write(b + "=" + (long)b + " ");
        Console.WriteLine();
        Console.WriteLine(Enum.GetName(typeof(Color), 6) + " [" + Enum.GetName((Color)7) + "] " + Enum.GetName(Color.Green));
        Console.WriteLine(Enum.IsDefined(typeof(Color), 5) + " " + Enum.IsDefined((Color)7) + " " + Enum.IsDefined(typeof(Color), "Blue") + " " + Enum.IsDefined(typeof(Color), "blue") + " " + Enum.IsDefined(Small.A));
        Console.WriteLine(Enum.GetUnderlyingType(typeof(Small)).Name + " " + Enum.GetUnderlyingType(typeof(Big)).Name + " " + typeof(Color).Name + " " + c.GetType().FullName);
        Console.WriteLine(Color.Red.CompareTo(Color.Blue) + " " + Color.Blue.CompareTo(Color.Green) + " " + Color.Green.Equals(Color.Alias) + " " + (Color.Green == Color.Alias) + " " + c.Equals((object)6));
        Color next = c + 1;
        Color prev = c - 1;
        Console.WriteLine(next + " " + prev + " " + (Color.Blue - Color.Green) + " " + (c > Color.Green) + " " + ++c);
        object boxed = Small.B;
        Console.WriteLine(boxed + " " + (boxed is Small) + " " + (boxed is Enum) + " " + ((Enum)boxed).ToString("D") + " " + Convert.ToInt32(boxed));
        var arr = new[] { Color.Blue, Color.Red, Color.Green };
        Array.Sort(arr);
        Console.WriteLine(string.Join(",", arr));
        Console.WriteLine(((IFormattable)Color.Green).ToString("D", null) + " " + Enum.Format(typeof(Color), 6, "G") + " " + Enum.Format(typeof(Small), Small.B, "x"));
        try
        {
            Enum.Parse<Color>("Purple");
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("ArgumentException: " + e.Message);
        }
        try
        {
            Enum.Parse<Small>("256");
        }
        catch (OverflowException e)
        {
            Console.WriteLine("OverflowException: " + e.Message);
        }
        try
        {
            Console.WriteLine(c.ToString("Q"));
        }
        catch (FormatException e)
        {
            Console.WriteLine("FormatException: " + e.Message);
        }
        return 0;
    }
}
