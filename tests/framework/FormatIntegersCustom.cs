// Custom numeric format strings on integers: zero and digit placeholders, group separators, scaling commas, percent and per-mille, sections, literals, escapes and exponents, invariant culture.
using System;
using System.Globalization;

class FormatIntegersCustom
{
    static readonly string[] Formats =
    {
        "0", "000", "00000", "#", "#,##0", "#,#", "0.00", "#.##", "#,##0,", "#,##0,,", "0%", "0\u2030",
        "+0;-0;zero", "pos;neg", "[0]", "'lit'0", "\\#0", "0E+0", "0.0e-00", "00-00-00", "#0.#", "#,##0.00;(#,##0.00)",
    };

    static int Main()
    {
        var inv = CultureInfo.InvariantCulture;
        long[] values = { 0, 1, -1, 7, 42, 999, 1000, 1234, -1234, 123456, 1234567, -98765432 };
        foreach (var f in Formats)
        {
            var sb = new System.Text.StringBuilder();
            sb.Append(f.PadRight(22)).Append('|');
            foreach (var v in values)
                sb.Append(' ').Append(v.ToString(f, inv));
            Console.WriteLine(sb.ToString());
        }
        Console.WriteLine(((byte)5).ToString("000", inv) + " " + ((sbyte)-5).ToString("000", inv) + " " + ((short)123).ToString("#,0", inv));
        Console.WriteLine(uint.MaxValue.ToString("#,##0", inv) + " " + ulong.MaxValue.ToString("#,##0", inv));
        Console.WriteLine(int.MinValue.ToString("#,##0", inv) + " " + long.MinValue.ToString("0", inv));
        Console.WriteLine(12345.ToString("0000000000", inv) + " " + 12345.ToString("##########", inv));
        return 0;
    }
}
