// StreamWriter/StreamReader over a MemoryStream: UTF-8 with and without BOM, UTF-16 and detectEncodingFromByteOrderMarks, AutoFlush and Flush, leaveOpen, ReadLine over mixed line endings, ReadToEnd, Peek, small buffers with multi-byte characters split across reads.
using System;
using System.IO;
using System.Text;

class StreamReaderWriterUtf8
{
    static string Hex(MemoryStream ms) => BitConverter.ToString(ms.ToArray());

    static int Main()
    {
        var plain = new MemoryStream();
        using (var w = new StreamWriter(plain, leaveOpen: true))
        {
            w.Write("h\u00e9");
            Console.WriteLine("before flush " + plain.Length + " encoding " + w.Encoding.WebName + " preamble " + w.Encoding.GetPreamble().Length);
        }
        Console.WriteLine("default: " + Hex(plain));

        var bom = new MemoryStream();
        using (var w = new StreamWriter(bom, new UTF8Encoding(true), 16, leaveOpen: true))
        {
            w.NewLine = "\n";
            w.WriteLine("A");
            w.Write('\u20AC');
        }
        Console.WriteLine("with bom: " + Hex(bom));

        var auto = new MemoryStream();
        var aw = new StreamWriter(auto) { AutoFlush = true };
        aw.Write("abc");
        Console.WriteLine("autoflush len " + auto.Length);
        aw.Write(12.5);
        aw.Write(true);
        Console.WriteLine("autoflush " + Encoding.ASCII.GetString(auto.ToArray()));

        bom.Position = 0;
        using (var r = new StreamReader(bom, Encoding.Latin1, detectEncodingFromByteOrderMarks: true, bufferSize: 16, leaveOpen: true))
        {
            Console.WriteLine("peek " + r.Peek() + " encoding " + r.CurrentEncoding.WebName);
            Console.WriteLine("line [" + r.ReadLine() + "] rest " + ((int)r.ReadToEnd()[0]).ToString("X4") + " eos " + r.EndOfStream);
        }
        bom.Position = 0;
        using (var r = new StreamReader(bom, Encoding.Latin1, detectEncodingFromByteOrderMarks: false, leaveOpen: true))
        {
            string all = r.ReadToEnd();
            var sb = new StringBuilder();
            foreach (char c in all)
                sb.Append(((int)c).ToString("X2")).Append(' ');
            Console.WriteLine("no detect: " + all.Length + " chars: " + sb.ToString().TrimEnd());
        }

        var u16 = new MemoryStream();
        using (var w = new StreamWriter(u16, Encoding.Unicode, 1024, true))
            w.Write("Hi\u00e9");
        Console.WriteLine("utf16: " + Hex(u16));
        u16.Position = 0;
        using (var r = new StreamReader(u16))
            Console.WriteLine("utf16 detected " + r.ReadToEnd() + " " + r.CurrentEncoding.WebName);

        var text = new MemoryStream(Encoding.UTF8.GetBytes("one\r\ntwo\nthree\rfour\r\n\r\nsix"));
        using (var r = new StreamReader(text, Encoding.UTF8, false, 4))
        {
            string line;
            var sb = new StringBuilder();
            while ((line = r.ReadLine()) != null)
                sb.Append('[').Append(line).Append(']');
            Console.WriteLine("lines " + sb);
        }

        var chunks = new StringBuilder();
        for (int i = 0; i < 40; i++)
            chunks.Append("\u00e9\u4e2d\U0001F600");
        var chunked = new MemoryStream(Encoding.UTF8.GetBytes(chunks.ToString()));
        using (var r = new StreamReader(chunked, Encoding.UTF8, false, 5))
        {
            char[] buffer = new char[7];
            int total = 0, reads = 0, n;
            var back = new StringBuilder();
            while ((n = r.Read(buffer, 0, buffer.Length)) > 0)
            {
                total += n;
                reads++;
                back.Append(buffer, 0, n);
            }
            Console.WriteLine("chunked chars " + total + " equal " + (back.ToString() == chunks.ToString()) + " bytes " + chunked.Length);
        }

        var invalid = new MemoryStream(new byte[] { 0x41, 0xC3, 0x28, 0xE2, 0x82 });
        using (var r = new StreamReader(invalid, new UTF8Encoding(false)))
        {
            var sb = new StringBuilder();
            foreach (char c in r.ReadToEnd())
                sb.Append(((int)c).ToString("X4")).Append(' ');
            Console.WriteLine("invalid: " + sb.ToString().TrimEnd());
        }
        var closed = new MemoryStream();
        var cw = new StreamWriter(closed);
        cw.Write("x");
        cw.Dispose();
        Console.WriteLine("closed stream canwrite " + closed.CanWrite);
        try
        {
            cw.Write("y");
        }
        catch (ObjectDisposedException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        return 0;
    }
}
