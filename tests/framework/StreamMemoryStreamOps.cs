// MemoryStream: Write/Read/Seek from each origin, Position past the end, SetLength growing and shrinking, capacity growth of an expandable stream, ToArray vs GetBuffer, TryGetBuffer, fixed-size and read-only streams, WriteTo/CopyTo, and the exceptions for misuse.
using System;
using System.IO;

class StreamMemoryStreamOps
{
    static string Hex(byte[] b, int count) => BitConverter.ToString(b, 0, count);

    static void Try(string label, Action a)
    {
        try
        {
            a();
            Console.WriteLine(label + ": ok");
        }
        catch (Exception e)
        {
            Console.WriteLine(label + ": " + e.GetType().Name + ": " + e.Message);
        }
    }

    static int Main()
    {
        var ms = new MemoryStream();
        Console.WriteLine("empty: len " + ms.Length + " pos " + ms.Position + " cap " + ms.Capacity + " " + ms.CanRead + ms.CanWrite + ms.CanSeek);
        ms.Write(new byte[] { 1, 2, 3, 4, 5 }, 0, 5);
        Console.WriteLine("after 5: len " + ms.Length + " pos " + ms.Position + " cap " + ms.Capacity);
        ms.WriteByte(6);
        for (int i = 0; i < 300; i++)
            ms.WriteByte((byte)i);
        Console.WriteLine("after 306: len " + ms.Length + " cap " + ms.Capacity);
        Console.WriteLine("seek begin " + ms.Seek(2, SeekOrigin.Begin) + " read " + ms.ReadByte() + " current " + ms.Seek(1, SeekOrigin.Current) + " read " + ms.ReadByte() + " end " + ms.Seek(-1, SeekOrigin.End) + " read " + ms.ReadByte() + " eof " + ms.ReadByte());
        ms.SetLength(4);
        Console.WriteLine("shrunk: len " + ms.Length + " pos " + ms.Position + " " + BitConverter.ToString(ms.ToArray()));
        ms.SetLength(8);
        Console.WriteLine("grown: " + BitConverter.ToString(ms.ToArray()));
        ms.Position = 12;
        ms.WriteByte(0xAA);
        Console.WriteLine("gap write: len " + ms.Length + " " + BitConverter.ToString(ms.ToArray()));
        byte[] buf = ms.GetBuffer();
        Console.WriteLine("buffer length " + buf.Length + " toarray " + ms.ToArray().Length + " trygetbuffer " + ms.TryGetBuffer(out ArraySegment<byte> seg) + " " + seg.Count);

        ms.Position = 0;
        byte[] dst = new byte[6];
        int n = ms.Read(dst, 1, 4);
        Console.WriteLine("read " + n + " " + Hex(dst, dst.Length) + " pos " + ms.Position);
        Span<byte> sp = stackalloc byte[32];
        int n2 = ms.Read(sp);
        Console.WriteLine("read span " + n2 + " " + BitConverter.ToString(sp.Slice(0, n2).ToArray()) + " then " + ms.Read(sp));

        var fixedMs = new MemoryStream(new byte[] { 10, 20, 30, 40 });
        Console.WriteLine("fixed: cap " + fixedMs.Capacity + " len " + fixedMs.Length + " canwrite " + fixedMs.CanWrite);
        fixedMs.Position = 2;
        fixedMs.WriteByte(99);
        Console.WriteLine("fixed after: " + BitConverter.ToString(fixedMs.ToArray()));
        Try("fixed overflow", () => fixedMs.Write(new byte[4], 0, 4));
        Try("fixed getbuffer", () => fixedMs.GetBuffer());
        Try("fixed capacity", () => fixedMs.Capacity = 100);
        var ro = new MemoryStream(new byte[] { 1, 2 }, false);
        Try("readonly write", () => ro.WriteByte(1));
        Try("negative seek", () => ms.Seek(-100, SeekOrigin.Begin));
        Try("negative position", () => ms.Position = -1);
        Try("bad capacity", () => ms.Capacity = 2);
        var segMs = new MemoryStream(new byte[] { 0, 1, 2, 3, 4, 5, 6, 7 }, 2, 4, true, true);
        Console.WriteLine("segment: len " + segMs.Length + " first " + segMs.ReadByte() + " buffer " + segMs.GetBuffer().Length + " toarray " + BitConverter.ToString(segMs.ToArray()));

        var src = new MemoryStream();
        src.Write("hello"u8);
        var target = new MemoryStream();
        src.WriteTo(target);
        src.Position = 1;
        src.CopyTo(target);
        Console.WriteLine("copy: " + System.Text.Encoding.ASCII.GetString(target.ToArray()) + " " + target.Length);
        var big = new MemoryStream(4);
        big.Write(new byte[5], 0, 5);
        Console.WriteLine("cap from 4 -> " + big.Capacity);
        big.Write(new byte[600], 0, 600);
        Console.WriteLine("cap -> " + big.Capacity + " len " + big.Length);
        big.Capacity = 605;
        Console.WriteLine("cap set " + big.Capacity);
        ms.Dispose();
        Try("disposed read", () => ms.ReadByte());
        Try("disposed length", () => Console.WriteLine(ms.Length));
        Console.WriteLine("disposed toarray " + ms.ToArray().Length + " canread " + ms.CanRead);
        return 0;
    }
}
