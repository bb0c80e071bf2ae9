// Span-based formatting and parsing: TryFormat of int/long/double/decimal/DateTime/Guid into a Span<char> (including too-small buffers), UTF-8 TryFormat, string.Create, ISpanFormattable through interpolation handlers, and span Parse overloads.
using System;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

class SpanFormattingTryFormat
{
    static int Main()
    {
        var inv = CultureInfo.InvariantCulture;
        Span<char> buf = stackalloc char[32];
        Console.WriteLine(12345.TryFormat(buf, out int n) + " " + n + " " + buf.Slice(0, n).ToString());
        Console.WriteLine((-42L).TryFormat(buf, out n, "D6") + " " + buf.Slice(0, n).ToString());
        Console.WriteLine(255.TryFormat(buf, out n, "X4") + " " + buf.Slice(0, n).ToString());
        Console.WriteLine(3.14159.TryFormat(buf, out n, "F2", inv) + " " + buf.Slice(0, n).ToString());
        Console.WriteLine((0.1 + 0.2).TryFormat(buf, out n, default, inv) + " " + buf.Slice(0, n).ToString());
        Console.WriteLine(1234.5m.TryFormat(buf, out n, "N2", inv) + " " + buf.Slice(0, n).ToString());
        Console.WriteLine(new DateTime(2024, 2, 29, 13, 5, 7).TryFormat(buf, out n, "yyyy-MM-dd'T'HH:mm", inv) + " " + buf.Slice(0, n).ToString());
        Console.WriteLine(true.TryFormat(buf, out n) + " " + buf.Slice(0, n).ToString());
        Span<char> tiny = stackalloc char[3];
        Console.WriteLine(123456.TryFormat(tiny, out n) + " " + n + " " + 123.TryFormat(tiny, out n) + " " + n + " " + tiny.ToString());
        Console.WriteLine(Math.PI.TryFormat(tiny, out n, "R", inv) + " " + n);
        var g = new Guid("0f8fad5b-d9cb-469f-a165-70867728950e");
        Span<char> gbuf = stackalloc char[40];
        Console.WriteLine(g.TryFormat(gbuf, out n, "N") + " " + gbuf.Slice(0, n).ToString());
        Span<byte> utf8 = stackalloc byte[32];
        Console.WriteLine(((IUtf8SpanFormattable)(-987)).TryFormat(utf8, out n, "N0", inv) + " " + Encoding.UTF8.GetString(utf8.Slice(0, n)));
        Console.WriteLine(2.5.TryFormat(utf8, out n, "E1", inv) + " " + Encoding.UTF8.GetString(utf8.Slice(0, n)));
        string created = string.Create(5, 'x', (span, c) =>
        {
            for (int i = 0; i < span.Length; i++)
                span[i] = (char)(c + (i % 2));
        });
        Console.WriteLine(created);
        Console.WriteLine(string.Create(inv, stackalloc char[8], $"{1.5}-{42:X}-{'c'}-{true}"));
        var handler = new DefaultInterpolatedStringHandler(4, 2, inv);
        handler.AppendLiteral("[");
        handler.AppendFormatted(7, 3);
        handler.AppendLiteral("|");
        handler.AppendFormatted(2.25, "F1");
        handler.AppendLiteral("]");
        Console.WriteLine(handler.ToStringAndClear());
        Span<char> dest = stackalloc char[20];
        Console.WriteLine(dest.TryWrite(inv, $"{10}+{20}={10 + 20}", out n) + " " + dest.Slice(0, n).ToString());
        Console.WriteLine(tiny.TryWrite($"{12345}", out n) + " " + n);
        ReadOnlySpan<char> text = "id=1234;price=56.78;hex=FF";
        int eq1 = text.IndexOf('='), semi1 = text.IndexOf(';');
        int id = int.Parse(text.Slice(eq1 + 1, semi1 - eq1 - 1));
        var rest = text.Slice(semi1 + 1);
        var price = double.Parse(rest.Slice(rest.IndexOf('=') + 1, rest.IndexOf(';') - rest.IndexOf('=') - 1), NumberStyles.Float, inv);
        int hex = int.Parse(text.Slice(text.LastIndexOf('=') + 1), NumberStyles.HexNumber);
        Console.WriteLine(id + " " + price.ToString(inv) + " " + hex);
        Console.WriteLine(int.TryParse("12x".AsSpan(0, 2), out int part) + " " + part + " " + long.Parse("9876"u8) + " " + double.Parse("1.25"u8, inv));
        ISpanFormattable sf = 42.5m;
        Console.WriteLine(sf.TryFormat(buf, out n, "0.000", inv) + " " + buf.Slice(0, n).ToString() + " " + sf.ToString("C", inv));
        return 0;
    }
}
