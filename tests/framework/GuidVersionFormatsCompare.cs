// Guid parsing in every format (N, D, B, P, X, with case and whitespace), ParseExact/TryParseExact mismatches, ToString formats, byte order of ToByteArray and the (int, short, short, byte[]) constructor, CompareTo ordering, big-endian bytes and FormatException messages; Version Parse/TryParse, field counts, comparison operators, ToString(n) and errors.
using System;
using System.Collections.Generic;
using System.Linq;

class GuidVersionFormatsCompare
{
    static int Main()
    {
        var g = new Guid(0x12345678, 0x9abc, 0xdef0, 0x01, 0x23, 0x45, 0x67, 0x89, 0xab, 0xcd, 0xef);
        foreach (var f in new[] { "N", "D", "B", "P", "X", "n", "b" })
            Console.WriteLine("format " + f + " " + g.ToString(f));
        Console.WriteLine("default " + g + " bytes " + BitConverter.ToString(g.ToByteArray()) + " bigendian " + BitConverter.ToString(g.ToByteArray(bigEndian: true)));
        string[] inputs =
        {
            "123456789abcdef00123456789abcdef",
            "12345678-9ABC-DEF0-0123-456789ABCDEF",
            "{12345678-9abc-def0-0123-456789abcdef}",
            "(12345678-9abc-def0-0123-456789abcdef)",
            "{0x12345678,0x9abc,0xdef0,{0x01,0x23,0x45,0x67,0x89,0xab,0xcd,0xef}}",
            "  12345678-9abc-def0-0123-456789abcdef  ",
        };
        foreach (var s in inputs)
        {
            var parsed = Guid.Parse(s);
            Console.WriteLine("parse " + (parsed == g) + " exactD " + Guid.TryParseExact(s.Trim(), "D", out _) + " exactN " + Guid.TryParseExact(s.Trim(), "N", out _) + " span " + Guid.TryParse(s.AsSpan(), out Guid sp) + (sp == g));
        }
        foreach (var bad in new[] { "", "12345678-9abc-def0-0123-456789abcde", "{12345678-9abc-def0-0123-456789abcdef", "g2345678-9abc-def0-0123-456789abcdef", "12345678-9abc-def0-0123+456789abcdef" })
        {
            try
            {
                Guid.Parse(bad);
                Console.WriteLine("parsed [" + bad + "]");
            }
            catch (FormatException e)
            {
                Console.WriteLine("bad [" + bad + "] " + e.GetType().Name + ": " + e.Message);
            }
        }
        try
        {
            Guid.ParseExact("12345678-9abc-def0-0123-456789abcdef", "B");
        }
        catch (FormatException e)
        {
            Console.WriteLine("exact mismatch " + e.Message);
        }
        try
        {
            g.ToString("Q");
        }
        catch (FormatException e)
        {
            Console.WriteLine("bad format " + e.Message);
        }
        var fromBytes = new Guid(new byte[] { 1, 0, 0, 0, 2, 0, 3, 0, 4, 5, 6, 7, 8, 9, 10, 11 });
        Console.WriteLine("from bytes " + fromBytes + " bigendian ctor " + new Guid(g.ToByteArray(true), bigEndian: true).Equals(g));
        var list = new List<Guid> { Guid.Parse("00000000-0000-0000-0000-000000000002"), Guid.Parse("ffffffff-0000-0000-0000-000000000000"), Guid.Parse("00000001-0000-0000-0000-000000000000"), Guid.Empty, Guid.Parse("00000000-0000-0001-0000-000000000000"), Guid.AllBitsSet };
        list.Sort();
        Console.WriteLine("sorted " + string.Join(" ", list.Select(x => x.ToString("N").TrimStart('0').PadLeft(1, '0'))));
        Console.WriteLine("compare " + g.CompareTo(Guid.Empty) + " " + Guid.Empty.CompareTo(g) + " " + g.CompareTo(g) + " operators " + (g > Guid.Empty) + " " + (Guid.Empty < Guid.AllBitsSet) + " version " + g.Version + " variant " + g.Variant);
        Span<char> buf = stackalloc char[40];
        Console.WriteLine("tryformat " + g.TryFormat(buf, out int w, "B") + " " + w + " " + buf.Slice(0, w).ToString() + " small " + g.TryFormat(buf.Slice(0, 10), out int w2) + " " + w2);

        string[] versions = { "1.0", "1.0.0", "1.0.0.0", "2.1.3", "10.0", "1.10.5.2", "0.9.99" };
        var parsedV = versions.Select(Version.Parse).ToList();
        foreach (var v in parsedV)
            Console.WriteLine("version " + v + " major " + v.Major + " minor " + v.Minor + " build " + v.Build + " revision " + v.Revision + " majorrev " + v.MajorRevision + " minorrev " + v.MinorRevision);
        Console.WriteLine("sorted " + string.Join(" ", parsedV.OrderBy(v => v)) + " max " + parsedV.Max());
        var a = new Version(1, 0);
        var b = new Version(1, 0, 0);
        Console.WriteLine("1.0 vs 1.0.0 " + a.CompareTo(b) + " == " + (a == b) + " < " + (a < b) + " equals " + a.Equals(new Version("1.0")) + " >= " + (new Version(2, 0) >= new Version(1, 99, 99, 99)) + " null compare " + a.CompareTo((Version)null) + " " + (a > null));
        var full = new Version(4, 3, 2, 1);
        Console.WriteLine("tostring n " + full.ToString(1) + " " + full.ToString(2) + " " + full.ToString(3) + " " + full.ToString(4) + " " + full.ToString(0).Length);
        foreach (var s in new[] { "1", "1.2.3.4.5", "-1.0", "1.a", " 1.2 ", "2147483648.0", "" })
            Console.WriteLine("tryparse [" + s + "] " + Version.TryParse(s, out Version pv) + " " + (pv?.ToString() ?? "null"));
        foreach (Action act in new Action[] { () => Version.Parse("1"), () => Version.Parse("1.x"), () => Version.Parse("1.-2"), () => new Version(1, 2).ToString(3), () => new Version(-1, 0), () => Version.Parse((string)null) })
        {
            try
            {
                act();
                Console.WriteLine("no error");
            }
            catch (Exception e)
            {
                Console.WriteLine(e.GetType().Name + ": " + e.Message.Replace("\n", " | "));
            }
        }
        return 0;
    }
}
