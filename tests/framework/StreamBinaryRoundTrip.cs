// BinaryWriter/BinaryReader round trips over a MemoryStream: every primitive type, decimal, Half, 7-bit encoded integers and string length prefixes (short, 127/128 bytes, non-ASCII), char arrays, byte layout printed in hex, and EndOfStreamException at the end.
using System;
using System.IO;
using System.Text;

class StreamBinaryRoundTrip
{
    static int Main()
    {
        var ms = new MemoryStream();
        using (var w = new BinaryWriter(ms, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(true);
            w.Write((byte)0xFE);
            w.Write((sbyte)-2);
            w.Write((short)-12345);
            w.Write((ushort)54321);
            w.Write(-123456789);
            w.Write(3000000000u);
            w.Write(-1234567890123456789L);
            w.Write(12345678901234567890UL);
            w.Write(1.5f);
            w.Write(-0.1);
            w.Write(79228162514264337593543950335m);
            w.Write(-1.25m);
            w.Write((Half)2.5);
            w.Write('Z');
            w.Write('\u00e9');
            w.Write("hi");
            w.Write("");
            w.Write("caf\u00e9 \U0001F600");
            w.Write(new string('x', 127));
            w.Write(new string('y', 128));
            w.Write(new char[] { 'a', 'b', 'c' });
            w.Write7BitEncodedInt(300);
            w.Write7BitEncodedInt(-1);
            w.Write7BitEncodedInt64(long.MaxValue);
        }
        byte[] all = ms.ToArray();
        Console.WriteLine("total bytes " + all.Length);
        Console.WriteLine("head " + BitConverter.ToString(all, 0, 24));
        Console.WriteLine("decimal bytes " + BitConverter.ToString(all, 41, 16));
        ms.Position = 0;
        using (var r = new BinaryReader(ms, Encoding.UTF8))
        {
            Console.WriteLine(r.ReadBoolean() + " " + r.ReadByte() + " " + r.ReadSByte() + " " + r.ReadInt16() + " " + r.ReadUInt16());
            Console.WriteLine(r.ReadInt32() + " " + r.ReadUInt32() + " " + r.ReadInt64() + " " + r.ReadUInt64());
            Console.WriteLine(r.ReadSingle() + " " + r.ReadDouble() + " " + r.ReadDecimal() + " " + r.ReadDecimal() + " " + r.ReadHalf());
            Console.WriteLine(r.ReadChar() + " " + ((int)r.ReadChar()).ToString("X4") + " pos " + ms.Position);
            Console.WriteLine("[" + r.ReadString() + "] [" + r.ReadString() + "] pos " + ms.Position);
            long before = ms.Position;
            string s = r.ReadString();
            Console.WriteLine("len " + s.Length + " bytes " + (ms.Position - before) + " prefix " + all[before].ToString("X2") + " last " + ((int)s[^1]).ToString("X4"));
            before = ms.Position;
            string xs = r.ReadString();
            Console.WriteLine("127: " + xs.Length + " took " + (ms.Position - before) + " prefix " + all[before].ToString("X2"));
            before = ms.Position;
            string ys = r.ReadString();
            Console.WriteLine("128: " + ys.Length + " took " + (ms.Position - before) + " prefix " + all[before].ToString("X2") + all[before + 1].ToString("X2"));
            Console.WriteLine(new string(r.ReadChars(3)) + " " + r.Read7BitEncodedInt() + " " + r.Read7BitEncodedInt() + " " + r.Read7BitEncodedInt64());
            Console.WriteLine("peek " + r.PeekChar() + " remaining " + (ms.Length - ms.Position));
            try
            {
                r.ReadInt32();
            }
            catch (EndOfStreamException e)
            {
                Console.WriteLine(e.GetType().Name + ": " + e.Message);
            }
        }
        Console.WriteLine("closed " + ms.CanRead);

        var le = new MemoryStream();
        var bw = new BinaryWriter(le);
        bw.Write(0x01020304);
        bw.Write(1.0);
        bw.Write((ushort)0xABCD);
        bw.Flush();
        Console.WriteLine("layout " + BitConverter.ToString(le.ToArray()));
        var uni = new MemoryStream();
        var bwu = new BinaryWriter(uni, Encoding.Unicode);
        bwu.Write("A\u00e9");
        bwu.Write('B');
        Console.WriteLine("utf16 " + BitConverter.ToString(uni.ToArray()));
        uni.Position = 0;
        var bru = new BinaryReader(uni, Encoding.Unicode);
        Console.WriteLine("utf16 back " + bru.ReadString() + " " + bru.ReadChar());
        var bad = new BinaryReader(new MemoryStream(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01 }));
        try
        {
            bad.Read7BitEncodedInt();
        }
        catch (FormatException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        var shortStr = new BinaryReader(new MemoryStream(new byte[] { 5, 0x41, 0x42 }));
        try
        {
            shortStr.ReadString();
        }
        catch (EndOfStreamException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        return 0;
    }
}
