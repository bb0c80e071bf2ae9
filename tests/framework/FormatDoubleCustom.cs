// Custom format strings on double and float: digit placeholders, rounding at the last shown digit, groups, scaling, percent, sections, exponent forms, invariant culture.
using System;
using System.Globalization;

class FormatDoubleCustom
{
    static readonly string[] Formats =
    {
        "0", "0.0", "0.00", "0.000", "#.##", "#,##0.00", "000.0", "0.###", "#,##0,.0", "0%", "0.0%", "0.00E+00", "0.###e-0",
        "#0.00;(#0.00);-", "'$'#,##0.00", "0.0000000000", "##0.0#",
    };

    static int Main()
    {
        var inv = CultureInfo.InvariantCulture;
        double[] values = { 0, 0.5, 1.5, 2.5, -0.125, 3.14159265, 1234.5, 0.001234, -98765.4321, 1e7, 0.045, 99.995 };
        foreach (var f in Formats)
        {
            var sb = new System.Text.StringBuilder();
            sb.Append(f.PadRight(16)).Append('|');
            foreach (var v in values)
                sb.Append(' ').Append(v.ToString(f, inv));
            Console.WriteLine(sb.ToString());
        }
        float[] fs = { 0.1f, 1.25f, -7.75f, 1234567f, 0.0001f };
        foreach (var f in fs)
            Console.WriteLine(f.ToString("0.00", inv) + " " + f.ToString("#,##0.####", inv) + " " + f.ToString("0.0E0", inv));
        Console.WriteLine(double.NaN.ToString("0.00", inv) + " " + double.PositiveInfinity.ToString("#,##0", inv) + " " + double.NegativeInfinity.ToString("0.0", inv));
        Console.WriteLine((-0.0).ToString("0.0", inv) + " " + (-0.001).ToString("0.0", inv) + " " + (-0.001).ToString("0.0;neg", inv));
        return 0;
    }
}
