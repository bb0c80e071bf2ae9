// TextWriter.Write/WriteLine overloads on a StringWriter: composite format strings with 1, 2, 3 and params arguments, alignment and format specifiers, escaped braces, primitive overloads (bool, char, decimal, long, double, object, null), char arrays with ranges, and FormatException for a bad format.
using System;
using System.Globalization;
using System.IO;

class TextWriterFormatOverloads
{
    sealed class Point : IFormattable
    {
        public int X, Y;

        public string ToString(string format, IFormatProvider provider) =>
            format == "s" ? X + ";" + Y : "(" + X.ToString(format, provider) + ", " + Y.ToString(format, provider) + ")";

        public override string ToString() => ToString(null, null);
    }

    static int Main()
    {
        var w = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        w.WriteLine("{0}", 42);
        w.WriteLine("{0} + {1}", "a", 'b');
        w.WriteLine("{0}-{1}-{2}", 1, 2.5, true);
        w.WriteLine("{0}|{1}|{2}|{3}", 1, 2, 3, 4);
        w.WriteLine("[{0,6}] [{0,-6}] [{1,8:F2}] [{2:X4}]", 17, 3.14159, 255);
        w.WriteLine("{{literal}} {0:D3} {{{0}}}", 7);
        w.WriteLine("{0:P1} {1:E2} {2:N0} {3:C}", 0.256, 12345.678, 1234567, 9.5m);
        w.WriteLine("{0} {0:s} {0:D2}", new Point { X = 3, Y = 4 });
        w.Write(true);
        w.Write(' ');
        w.Write('c');
        w.Write(' ');
        w.Write(1.25m);
        w.Write(' ');
        w.Write(-9000000000L);
        w.Write(' ');
        w.Write(0.1);
        w.Write(' ');
        w.Write(1.5f);
        w.Write(' ');
        w.Write(4000000000u);
        w.Write(' ');
        w.Write((object)null);
        w.Write((string)null);
        w.Write(' ');
        w.Write((object)new Point { X = 1, Y = 2 });
        w.WriteLine();
        char[] letters = "abcdefgh".ToCharArray();
        w.Write(letters, 2, 3);
        w.Write('|');
        w.Write(letters);
        w.WriteLine();
        w.WriteLine(ulong.MaxValue);
        w.WriteLine(double.NegativeInfinity);
        w.WriteLine("{0} {1}", null, "x");
        w.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-4}|{1,4}", "ab", "cd"));
        Console.Write(w.ToString());

        var w2 = new StringWriter(CultureInfo.InvariantCulture);
        try
        {
            w2.Write("{0} {1}", 1);
        }
        catch (FormatException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        try
        {
            w2.Write("{0", 1);
        }
        catch (FormatException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        Console.WriteLine("partial: [" + w2 + "]");
        var inner = new StringWriter(CultureInfo.InvariantCulture);
        TextWriter tw = TextWriter.Synchronized(inner);
        tw.Write("{0}/{1}", 10, 20);
        Console.WriteLine("synchronized: " + inner + " " + tw.FormatProvider.GetType().Name);
        Console.Out.WriteLine("console {0} {1} {2} {3}", 'x', 1.0, -0.0, 100000000000000000000.0);
        Console.WriteLine("console format {0:0.00}", 2.345);
        return 0;
    }
}
