// BitConverter (GetBytes, To*, ToString with dashes, bit casts between floats and integers) and BinaryPrimitives (little/big endian reads and writes, ReverseEndianness), Convert.ToHexString, and BitOperations.
using System;
using System.Buffers.Binary;
using System.Numerics;

class BitConverterBinaryPrimitives
{
    static int Main()
    {
        Console.WriteLine(BitConverter.IsLittleEndian);
        Console.WriteLine(BitConverter.ToString(BitConverter.GetBytes(0x12345678)));
        Console.WriteLine(BitConverter.ToString(BitConverter.GetBytes(-2L)));
        Console.WriteLine(BitConverter.ToString(BitConverter.GetBytes((short)0x0102)) + " " + BitConverter.ToString(BitConverter.GetBytes('A')) + " " + BitConverter.ToString(BitConverter.GetBytes(true)));
        Console.WriteLine(BitConverter.ToString(BitConverter.GetBytes(1.0)) + " " + BitConverter.ToString(BitConverter.GetBytes(1.5f)));
        byte[] data = { 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0xFF, 0x7F };
        Console.WriteLine(BitConverter.ToInt16(data, 0) + " " + BitConverter.ToUInt16(data, 8) + " " + BitConverter.ToInt32(data, 0) + " " + BitConverter.ToUInt32(data, 4) + " " + BitConverter.ToInt64(data, 0));
        Console.WriteLine(BitConverter.ToString(data, 2, 4) + " " + BitConverter.ToString(data, 8) + " [" + BitConverter.ToString(new byte[0]) + "]");
        Console.WriteLine(BitConverter.ToDouble(BitConverter.GetBytes(Math.PI), 0) + " " + BitConverter.ToSingle(new byte[] { 0, 0, 0x80, 0x3F }, 0) + " " + BitConverter.ToBoolean(new byte[] { 2 }, 0));
        Console.WriteLine(BitConverter.DoubleToInt64Bits(1.0).ToString("X") + " " + BitConverter.Int64BitsToDouble(0x4000000000000000) + " " + BitConverter.SingleToUInt32Bits(-2f).ToString("X") + " " + BitConverter.UInt32BitsToSingle(0x40490FDB));
        Console.WriteLine(BitConverter.HalfToInt16Bits((Half)1.5f).ToString("X") + " " + (float)BitConverter.Int16BitsToHalf(0x3C00));
        Span<byte> span = stackalloc byte[8];
        BinaryPrimitives.WriteInt32BigEndian(span, 0x0A0B0C0D);
        BinaryPrimitives.WriteUInt16LittleEndian(span.Slice(4), 0xBEEF);
        BinaryPrimitives.WriteInt16BigEndian(span.Slice(6), -2);
        Console.WriteLine(Convert.ToHexString(span) + " " + Convert.ToHexStringLower(span.Slice(0, 2)));
        Console.WriteLine(BinaryPrimitives.ReadInt32LittleEndian(span).ToString("X8") + " " + BinaryPrimitives.ReadInt32BigEndian(span).ToString("X8") + " " + BinaryPrimitives.ReadUInt16BigEndian(span.Slice(4)).ToString("X4") + " " + BinaryPrimitives.ReadInt16BigEndian(span.Slice(6)));
        BinaryPrimitives.WriteInt64BigEndian(span, 0x0102030405060708);
        Console.WriteLine(Convert.ToHexString(span) + " " + BinaryPrimitives.ReadUInt64LittleEndian(span).ToString("X16"));
        BinaryPrimitives.WriteDoubleBigEndian(span, 1.0);
        Console.WriteLine(Convert.ToHexString(span) + " " + BinaryPrimitives.ReadDoubleBigEndian(span) + " " + BinaryPrimitives.ReadSingleLittleEndian(new byte[] { 0, 0, 0x20, 0x41 }));
        Console.WriteLine(BinaryPrimitives.ReverseEndianness(0x11223344).ToString("X") + " " + BinaryPrimitives.ReverseEndianness((ushort)0xABCD).ToString("X") + " " + BinaryPrimitives.ReverseEndianness(0x0102030405060708L).ToString("X"));
        Console.WriteLine(BinaryPrimitives.TryReadInt32BigEndian(new byte[3], out int v) + " " + v + " " + BinaryPrimitives.TryWriteInt16LittleEndian(new byte[1], 5));
        Console.WriteLine(Convert.ToHexString(new byte[] { 0, 0x0F, 0xF0, 0xFF }) + " " + BitConverter.ToString(Convert.FromHexString("DEADbeef")));
        Console.WriteLine(BitOperations.PopCount(0xF0F0u) + " " + BitOperations.LeadingZeroCount(1u) + " " + BitOperations.TrailingZeroCount(0x100) + " " + BitOperations.Log2(1000u) + " " + BitOperations.RotateRight(1u, 1).ToString("X") + " " + BitOperations.IsPow2(96) + " " + BitOperations.RoundUpToPowerOf2(100u));
        Console.WriteLine(int.PopCount(-1) + " " + long.LeadingZeroCount(1L) + " " + uint.TrailingZeroCount(0) + " " + ulong.PopCount(ulong.MaxValue));
        try
        {
            BitConverter.ToInt32(data, 8);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        try
        {
            BinaryPrimitives.ReadInt64BigEndian(new byte[4]);
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine("ArgumentOutOfRangeException: " + e.Message);
        }
        return 0;
    }
}
