// Standard format strings (G, G17, R, F, N, E, P, C, with precisions) on double and float with the invariant culture, including NaN, infinities, -0 and tiny and huge values.
using System;
using System.Globalization;

class FormatDoubleStandard
{
    static readonly string[] Formats = { "G", "G3", "G17", "R", "F", "F0", "F4", "N", "N3", "E", "E10", "e2", "P", "P3", "C" };

    static void ShowDouble(double v)
    {
        var sb = new System.Text.StringBuilder("double");
        foreach (var f in Formats)
            sb.Append(' ').Append(f).Append('=').Append(v.ToString(f, CultureInfo.InvariantCulture));
        Console.WriteLine(sb.ToString());
    }

    static void ShowFloat(float v)
    {
        var sb = new System.Text.StringBuilder("float");
        foreach (var f in Formats)
            sb.Append(' ').Append(f).Append('=').Append(v.ToString(f, CultureInfo.InvariantCulture));
        Console.WriteLine(sb.ToString());
    }

    static int Main()
    {
        double[] doubles = { 0.0, -0.0, 1.0, -1.5, 0.1, 2.5, 1234.5678, -98765.4321, 1e-5, 1.5e-7, 123456789012.345, 1e21, 1e300,
            double.Epsilon, double.MaxValue, double.MinValue, double.NaN, double.PositiveInfinity, double.NegativeInfinity, 0.125, 0.005, 1.005 };
        foreach (var d in doubles)
            ShowDouble(d);
        float[] floats = { 0f, -0f, 1f, 0.1f, 3.14159f, -2.5f, 16777216f, 1e-10f, 3.4e38f, float.Epsilon, float.NaN, float.NegativeInfinity, 123.456f };
        foreach (var f in floats)
            ShowFloat(f);
        return 0;
    }
}
