// StringReader and StringWriter: ReadLine over \n, \r\n and \r endings, Peek/Read/ReadBlock/ReadToEnd, StringWriter with a changed NewLine, GetStringBuilder, and reading after dispose.
using System;
using System.IO;
using System.Text;

class TextReaderWriterLines
{
    static string Show(string s) => s == null ? "<null>" : "[" + s.Replace("\r", "\\r").Replace("\n", "\\n") + "]";

    static int Main()
    {
        var reader = new StringReader("first\nsecond\r\nthird\rfourth\n\nlast");
        string line;
        int n = 0;
        while ((line = reader.ReadLine()) != null)
            Console.WriteLine("line " + (n++) + ": " + Show(line));
        Console.WriteLine("after end: " + Show(reader.ReadLine()) + " peek " + reader.Peek() + " read " + reader.Read());

        var r2 = new StringReader("abcdef\nghij");
        Console.WriteLine("peek " + (char)r2.Peek() + " read " + (char)r2.Read() + " read " + (char)r2.Read());
        char[] block = new char[4];
        int got = r2.ReadBlock(block, 0, 4);
        Console.WriteLine("block " + got + " " + Show(new string(block, 0, got)));
        Span<char> span = stackalloc char[3];
        int got2 = r2.Read(span);
        Console.WriteLine("span " + got2 + " " + Show(span.Slice(0, got2).ToString()));
        Console.WriteLine("rest " + Show(r2.ReadToEnd()) + " then " + Show(r2.ReadToEnd()));

        var sw = new StringWriter();
        sw.WriteLine("alpha");
        sw.Write('b');
        sw.Write(12);
        sw.Write(true);
        sw.WriteLine();
        Console.WriteLine("default newline: " + Show(sw.ToString()) + " " + Show(sw.NewLine));

        var custom = new StringWriter { NewLine = "<EOL>" };
        custom.WriteLine("one");
        custom.WriteLine(2);
        custom.WriteLine(3.5);
        custom.WriteLine();
        custom.WriteLine(new[] { 'x', 'y' });
        Console.WriteLine("custom: " + Show(custom.ToString()));

        var lines = new StringWriter { NewLine = "\r\n" };
        lines.WriteLine("a");
        lines.WriteLine("b");
        var back = new StringReader(lines.ToString());
        Console.WriteLine("roundtrip: " + Show(back.ReadLine()) + " " + Show(back.ReadLine()) + " " + Show(back.ReadLine()));

        var sb = new StringBuilder("pre:");
        using (var w = new StringWriter(sb))
        {
            w.Write("x");
            w.Write("yz".AsSpan());
            w.GetStringBuilder().Append("!");
        }
        Console.WriteLine("builder: " + sb + " len " + sb.Length);

        var disposed = new StringReader("data");
        disposed.Dispose();
        try
        {
            disposed.ReadLine();
        }
        catch (ObjectDisposedException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        var wd = new StringWriter();
        wd.Dispose();
        try
        {
            wd.Write("z");
        }
        catch (ObjectDisposedException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        Console.WriteLine("encoding: " + new StringWriter().Encoding.WebName);
        TextReader nullReader = TextReader.Null;
        Console.WriteLine("null reader: " + Show(nullReader.ReadLine()) + " " + Show(nullReader.ReadToEnd()));
        return 0;
    }
}
