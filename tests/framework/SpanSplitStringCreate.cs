// Span splitting and string building: MemoryExtensions.Split/SplitAny enumerators over ReadOnlySpan<char> (char, string and any-of separators, ranges), Split into a Span<Range>, EnumerateLines, EnumerateRunes, string.Create with state, and parsing numbers straight from slices.
using System;
using System.Buffers;
using System.Globalization;
using System.Text;

class SpanSplitStringCreate
{
    static int Main()
    {
        ReadOnlySpan<char> csv = "alpha,beta,,gamma,delta";
        var sb = new StringBuilder();
        foreach (Range r in csv.Split(','))
            sb.Append('[').Append(csv[r]).Append(']');
        Console.WriteLine("Split(','): " + sb);
        sb.Clear();
        foreach (Range r in csv.Split(",,"))
            sb.Append('[').Append(csv[r]).Append(']');
        Console.WriteLine("Split(\",,\"): " + sb);
        sb.Clear();
        ReadOnlySpan<char> mixed = "a b;c,d;;e";
        foreach (Range r in mixed.SplitAny(" ;,"))
            sb.Append('<').Append(mixed[r]).Append('>');
        Console.WriteLine("SplitAny: " + sb);
        sb.Clear();
        foreach (Range r in "one::two:three".AsSpan().SplitAny(SearchValues.Create(":")))
            sb.Append('{').Append(r.Start.Value).Append("..").Append(r.End.Value).Append('}');
        Console.WriteLine("SplitAny SearchValues ranges: " + sb);
        Span<Range> parts = stackalloc Range[5];
        ReadOnlySpan<char> colons = "one::two:three";
        int pc = colons.SplitAny(parts, new[] { "::", ":" });
        Console.Write("SplitAny strings into ranges: " + pc);
        for (int i = 0; i < pc; i++)
            Console.Write(" " + colons[parts[i]].ToString());
        Console.WriteLine();
        var splitter = "x".AsSpan().Split(',');
        int count = 0;
        foreach (var r in splitter)
            count++;
        Console.WriteLine("no separator -> " + count + " part; empty -> " + CountParts("") + " parts; only sep -> " + CountParts(",") + " parts");

        Span<Range> ranges = stackalloc Range[4];
        ReadOnlySpan<char> line = "10, 20 ,30,40,50,60";
        int n = line.Split(ranges, ',', StringSplitOptions.TrimEntries);
        Console.Write("Split into Span<Range>: " + n + " ->");
        for (int i = 0; i < n; i++)
            Console.Write(" [" + line[ranges[i]].ToString() + "]");
        Console.WriteLine();
        int total = 0;
        n = line.Split(ranges, ',', StringSplitOptions.TrimEntries);
        for (int i = 0; i < n - 1; i++)
            total += int.Parse(line[ranges[i]], CultureInfo.InvariantCulture);
        Console.WriteLine("sum of first parts: " + total);
        Span<Range> few = stackalloc Range[8];
        int m = "a,,b, ,c".AsSpan().Split(few, ',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Console.WriteLine("RemoveEmptyEntries|TrimEntries count: " + m);
        int k = "k=v=w".AsSpan().Split(few, "=", StringSplitOptions.None);
        Console.WriteLine("string separator count: " + k + " last " + "k=v=w"[few[k - 1]]);

        var lines = new StringBuilder();
        int lineNo = 0;
        foreach (ReadOnlySpan<char> l in "first\nsecond\r\nthird\r\rfifth".AsSpan().EnumerateLines())
            lines.Append(++lineNo).Append(':').Append(l).Append(' ');
        Console.WriteLine("EnumerateLines: " + lines.ToString().TrimEnd() + " (" + lineNo + " lines)");
        var runes = new StringBuilder();
        foreach (Rune rune in "a\u00e9\u4e2d\U0001F600".AsSpan().EnumerateRunes())
            runes.Append("U+").Append(rune.Value.ToString("X4")).Append('/').Append(rune.Utf16SequenceLength).Append(rune.Utf8SequenceLength).Append(' ');
        Console.WriteLine("EnumerateRunes: " + runes.ToString().TrimEnd());

        string created = string.Create(10, 'a', (span, start) =>
        {
            for (int i = 0; i < span.Length; i++)
                span[i] = (char)(start + i);
        });
        Console.WriteLine("string.Create alphabet: " + created);
        string padded = string.Create(12, (Value: 42, Width: 6), (span, state) =>
        {
            span.Fill('.');
            state.Value.TryFormat(span.Slice(span.Length - state.Width), out int written, "D" + state.Width, CultureInfo.InvariantCulture);
            "id:".AsSpan().CopyTo(span);
        });
        Console.WriteLine("string.Create with tuple state: " + padded);
        string reversed = string.Create(5, "stack", (span, s) =>
        {
            s.AsSpan().CopyTo(span);
            span.Reverse();
        });
        Console.WriteLine("string.Create reversed: " + reversed + " empty: [" + string.Create(0, 0, (s, _) => { }) + "]");

        ReadOnlySpan<char> record = "id=17;price=12.50;qty=3";
        int id = 0, qty = 0;
        decimal price = 0;
        foreach (Range field in record.Split(';'))
        {
            var kv = record[field];
            int eq = kv.IndexOf('=');
            var key = kv[..eq];
            var value = kv[(eq + 1)..];
            if (key.SequenceEqual("id")) id = int.Parse(value, CultureInfo.InvariantCulture);
            else if (key.SequenceEqual("price")) price = decimal.Parse(value, CultureInfo.InvariantCulture);
            else if (key is "qty") qty = int.Parse(value, CultureInfo.InvariantCulture);
        }
        Console.WriteLine("parsed from slices: id " + id + " total " + (price * qty).ToString(CultureInfo.InvariantCulture));
        Console.WriteLine("span equality with strings: " + record[..5].SequenceEqual("id=17") + " " + (record[..2] is "id") + " " + record.Slice(6, 5).ToString().Length);
        return 0;
    }

    static int CountParts(string s)
    {
        int c = 0;
        foreach (var _ in s.AsSpan().Split(','))
            c++;
        return c;
    }
}
