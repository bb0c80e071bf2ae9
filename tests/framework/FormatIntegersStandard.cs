// Standard numeric format strings (D, X, x, N, F, E, G, P, C, B, R-less) on int, long, uint, ulong, short, ushort, byte and sbyte with the invariant culture.
using System;
using System.Globalization;

class FormatIntegersStandard
{
    static readonly string[] Formats = { "G", "D", "D8", "X", "x4", "N", "N0", "F", "F1", "E", "e3", "P", "C", "C0", "B" };

    static void Show(string label, IFormattable v)
    {
        var sb = new System.Text.StringBuilder();
        sb.Append(label).Append(':');
        foreach (var f in Formats)
        {
            sb.Append(' ').Append(f).Append('=');
            try
            {
                sb.Append(v.ToString(f, CultureInfo.InvariantCulture));
            }
            catch (FormatException)
            {
                sb.Append("FormatException");
            }
        }
        Console.WriteLine(sb.ToString());
    }

    static int Main()
    {
        Show("int 0", 0);
        Show("int 1234567", 1234567);
        Show("int -1234567", -1234567);
        Show("int max", int.MaxValue);
        Show("int min", int.MinValue);
        Show("long", 9876543210123L);
        Show("long min", long.MinValue);
        Show("uint max", uint.MaxValue);
        Show("ulong max", ulong.MaxValue);
        Show("short", (short)-12345);
        Show("ushort", (ushort)54321);
        Show("byte", (byte)200);
        Show("sbyte", (sbyte)-100);
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(42.ToString(inv) + " " + (-42).ToString("D", inv) + " " + 42.ToString("D10", inv));
        Console.WriteLine((-1).ToString("X", inv) + " " + (-1L).ToString("X", inv) + " " + ((short)-1).ToString("X", inv) + " " + ((sbyte)-1).ToString("x", inv));
        Console.WriteLine(255.ToString("X1", inv) + " " + 255.ToString("X6", inv) + " " + 5.ToString("B8", inv));
        Console.WriteLine(1000000.ToString("N2", inv) + " " + (-999).ToString("N", inv) + " " + 1.ToString("P0", inv));
        Console.WriteLine(123456789.ToString("E", inv) + " " + 123456789.ToString("E0", inv) + " " + 123456789.ToString("G3", inv));
        Console.WriteLine(12345.ToString("G", inv) + " " + 12345.ToString("G2", inv) + " " + 12345L.ToString("G20", inv));
        Console.WriteLine(((IFormattable)7).ToString(null, inv) + " " + 7.ToString("", inv));
        return 0;
    }
}
