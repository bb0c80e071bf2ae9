// String interpolation: holes with alignment and format, nested expressions, conditional expressions, raw strings, verbatim interpolated strings, FormattableString.Invariant and string.Create with InvariantCulture.
using System;
using System.Globalization;

class StringInterpolationForms
{
    static int Main()
    {
        int a = 7;
        long b = -1234567890123;
        double d = 2.0 / 3.0;
        decimal m = 19.95m;
        string s = "str";
        string n = null;
        char c = 'z';
        bool t = true;
        Console.WriteLine($"a={a} b={b} d={d} m={m} s={s} n=[{n}] c={c} t={t}");
        Console.WriteLine($"[{a,5}] [{a,-5}] [{a:D4}] [{a,6:X2}]");
        Console.WriteLine($"[{d:F3}] [{d,10:E1}] [{d:0.####}] [{d:P0}]");
        Console.WriteLine($"[{b:N0}] [{b,25:N2}]");
        Console.WriteLine($"{(a > 5 ? "big" : "small")} {a * a + 1} {s.Length} {s.ToUpperInvariant()}");
        Console.WriteLine($"{{literal}} {a}{{{a}}}");
        Console.WriteLine($@"C:\path\{s}\file{a}.txt");
        Console.WriteLine(@$"verbatim ""quoted"" {a}");
        string raw = $$"""{"key": {{a}}, "name": "{{s}}"}""";
        Console.WriteLine(raw);
        Console.WriteLine(FormattableString.Invariant($"inv {d:F2} {m:C}"));
        FormattableString fs = $"{a} and {s}";
        Console.WriteLine(fs.Format + " | " + fs.ArgumentCount + " | " + fs.GetArgument(1));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{1.5} {m:F1} {a:X}"));
        Console.WriteLine($"{DayOfWeek.Friday} {DayOfWeek.Friday:D} {(object)null} end");
        Console.WriteLine($"{Math.PI:F10} {float.Epsilon} {double.MaxValue}");
        int[] arr = { 1, 2, 3 };
        Console.WriteLine($"{arr.Length} {arr[^1]} {string.Join(",", arr)}");
        Console.WriteLine($"{c}{c}{(int)c}");
        var parts = new string[5];
        for (int i = 0; i < parts.Length; i++)
            parts[i] = $"<{i}:{i * i,3}>";
        Console.WriteLine(string.Concat(parts));
        Console.WriteLine($"{12345.6789:#,##0.00} {0.5:0%} {-3:+0;-0;zero} {0:+0;-0;zero}");
        return 0;
    }
}
