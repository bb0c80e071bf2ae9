// Composite formatting: alignment (positive and negative), format strings inside holes, escaped braces, string.Format with params arrays and null arguments.
using System;
using System.Globalization;

class CompositeFormatAlignment
{
    static int Main()
    {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine("[{0,8}]", "right");
        Console.WriteLine("[{0,-8}]", "left");
        Console.WriteLine("[{0,3}]", "toolong");
        Console.WriteLine("[{0,6:D3}]", 7);
        Console.WriteLine("[{0,-6:X}]", 255);
        Console.WriteLine("[{0,10:F2}]", 3.14159);
        Console.WriteLine("[{0,-10:N0}|]", 1234567);
        Console.WriteLine("{{}} {{{0}}} }}{{", 1);
        Console.WriteLine(string.Format(inv, "{0:0.0} {1:0.00} {2:#.##}", 1.25, 2.5, 0.333));
        Console.WriteLine(string.Format("{0}{1}{2}{3}{4}{5}", 1, 2, 3, 4, 5, 6));
        Console.WriteLine(string.Format("{0}|{1}|{2}", new object[] { "a", null, 3 }));
        Console.WriteLine(string.Format("{0,5}|{0,-5}|{0}", 42));
        Console.WriteLine(string.Format(inv, "{0:P1}", 0.1234));
        Console.WriteLine(string.Format(inv, "{0:E2}", 12345.678));
        Console.WriteLine(string.Format("{0:yes;no;zero}", 5));
        Console.WriteLine(string.Format("{0:yes;no;zero}", -5));
        Console.WriteLine(string.Format("{0:yes;no;zero}", 0));
        Console.WriteLine(string.Format("{0,4}{1,4}{2,4}", 'a', true, (byte)9));
        Console.WriteLine(string.Format(inv, "{0:0,0.00}", 1234567.891));
        Console.WriteLine(string.Format("{0:D5}", -42));
        Console.WriteLine(string.Format("{0:x8}", -1));
        for (int i = 1; i <= 1000; i *= 10)
            Console.WriteLine("{0,5}|{1,-5}|{2,6:F1}", i, i * 2, i / 3.0);
        try
        {
            Console.WriteLine(string.Format("{1}", 1));
        }
        catch (FormatException e)
        {
            Console.WriteLine("FormatException: " + e.Message);
        }
        try
        {
            Console.WriteLine(string.Format("{0", 1));
        }
        catch (FormatException e)
        {
            Console.WriteLine("FormatException: " + e.Message);
        }
        return 0;
    }
}
