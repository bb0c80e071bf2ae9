// Span<T>, Memory<T>, ArraySegment<T> and MemoryMarshal: slicing arrays and stackalloc buffers, CopyTo/TryCopyTo/Fill/Clear, Memory and ReadOnlyMemory slices and ToArray, ArraySegment offsets and enumeration, MemoryMarshal.Cast/AsBytes/Read/Write/TryGetArray/CreateSpan, CollectionsMarshal.AsSpan, and range errors.
using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;

class SpanMemoryMarshalSegments
{
    static string S<T>(ReadOnlySpan<T> s) => "[" + string.Join(",", s.ToArray()) + "]";

    static int Sum(ReadOnlySpan<int> values)
    {
        int total = 0;
        foreach (var v in values)
            total += v;
        return total;
    }

    static void Report(string label, Action action)
    {
        try
        {
            action();
            Console.WriteLine(label + ": ok");
        }
        catch (Exception e)
        {
            Console.WriteLine(label + ": " + e.GetType().Name + ": " + e.Message);
        }
    }

    static int Main()
    {
        int[] array = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 };
        Span<int> middle = array.AsSpan(3, 4);
        middle[0] = 30;
        middle[^1] *= 10;
        Console.WriteLine("slice writes through: " + S<int>(array) + " length " + middle.Length + " sum " + Sum(middle) + " range " + S<int>(array.AsSpan()[7..]));
        Span<int> stack = stackalloc int[6];
        stack.Fill(7);
        stack.Slice(2, 2).Clear();
        Console.WriteLine("stackalloc: " + S<int>(stack) + " IsEmpty " + stack.IsEmpty + " " + Span<int>.Empty.IsEmpty);
        middle.CopyTo(stack);
        Console.WriteLine("CopyTo: " + S<int>(stack) + " TryCopyTo small " + stack.TryCopyTo(new int[2]) + " big " + stack.Slice(0, 2).TryCopyTo(new int[2]));
        array.AsSpan(0, 5).CopyTo(array.AsSpan(2));
        Console.WriteLine("overlapping CopyTo: " + S<int>(array));
        Span<char> chars = stackalloc char[5];
        "hello".AsSpan().CopyTo(chars);
        chars[0] = char.ToUpperInvariant(chars[0]);
        Console.WriteLine("char span: " + chars.ToString() + " " + new string(chars.Slice(1)));

        var numbers = new[] { 10, 20, 30, 40, 50 };
        Memory<int> mem = numbers;
        Memory<int> tail = mem.Slice(2);
        tail.Span[0] = 33;
        Console.WriteLine("Memory: length " + mem.Length + " tail " + S<int>(tail.Span) + " ToArray " + string.Join(",", tail.Slice(1, 2).ToArray()) + " source " + string.Join(",", numbers));
        ReadOnlyMemory<char> rom = "memory of text".AsMemory();
        ReadOnlyMemory<char> part = rom.Slice(10);
        Console.WriteLine("ReadOnlyMemory<char>: " + part + " " + part.Length + " " + rom[..6].ToString() + " equal " + part.Span.SequenceEqual("text"));
        Console.WriteLine("TryGetArray on string memory: " + MemoryMarshal.TryGetArray(rom, out ArraySegment<char> _) + " on array memory: " + MemoryMarshal.TryGetArray((ReadOnlyMemory<int>)tail, out ArraySegment<int> seg0) + " offset " + seg0.Offset + " count " + seg0.Count);

        var segment = new ArraySegment<int>(numbers, 1, 3);
        Console.WriteLine("ArraySegment: offset " + segment.Offset + " count " + segment.Count + " [0]=" + segment[0] + " items " + string.Join(",", segment) + " ToArray " + string.Join(",", segment.ToArray()));
        var sub = segment.Slice(1);
        sub[0] = -1;
        Console.WriteLine("segment slice writes through: " + string.Join(",", numbers) + " sub offset " + sub.Offset + " IndexOf " + ((IList<int>)segment).IndexOf(-1) + " Contains " + ((ICollection<int>)segment).Contains(40));
        var copyTarget = new int[5];
        segment.CopyTo(copyTarget, 1);
        Console.WriteLine("segment CopyTo: " + string.Join(",", copyTarget) + " empty " + ArraySegment<int>.Empty.Count + " span " + S<int>(segment.AsSpan()));

        int[] ints = { 1, 256, -1, 0x01020304 };
        Span<byte> asBytes = MemoryMarshal.AsBytes(ints.AsSpan());
        Console.WriteLine("AsBytes: " + asBytes.Length + " " + Convert.ToHexString(asBytes));
        ReadOnlySpan<short> asShorts = MemoryMarshal.Cast<int, short>(ints);
        Console.WriteLine("Cast<int,short>: " + S(asShorts));
        byte[] raw = { 1, 0, 0, 0, 2, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0x7F };
        Span<int> backToInts = MemoryMarshal.Cast<byte, int>(raw.AsSpan());
        backToInts[1] = 0x0A0B0C0D;
        Console.WriteLine("Cast<byte,int>: " + S<int>(backToInts) + " raw now " + Convert.ToHexString(raw));
        Console.WriteLine("Read<long>: " + MemoryMarshal.Read<long>(raw) + " Read<ushort> at 4: " + MemoryMarshal.Read<ushort>(raw.AsSpan(4)));
        var dest = new byte[8];
        MemoryMarshal.Write(dest, 1234567890123L);
        Console.WriteLine("Write<long>: " + Convert.ToHexString(dest) + " " + BitConverter.ToInt64(dest));
        int single = 5;
        Span<int> one = MemoryMarshal.CreateSpan(ref single, 1);
        one[0] = 6;
        Console.WriteLine("CreateSpan over local: " + single + " GetReference " + MemoryMarshal.GetReference(middle) + " GetArrayDataReference " + MemoryMarshal.GetArrayDataReference(numbers));
        var list = new List<int> { 3, 1, 2 };
        Span<int> listSpan = CollectionsMarshal.AsSpan(list);
        listSpan.Sort();
        listSpan[0] += 100;
        Console.WriteLine("CollectionsMarshal.AsSpan: " + string.Join(",", list));

        Report("span index", () => { Span<int> s = new int[2]; s[2] = 1; });
        Report("slice range", () => array.AsSpan(8, 5));
        Report("CopyTo too small", () => new int[3].AsSpan().CopyTo(new int[2]));
        Report("Memory slice", () => mem.Slice(6));
        Report("ArraySegment bad count", () => new ArraySegment<int>(numbers, 3, 5));
        Report("Cast to bigger", () => MemoryMarshal.Read<long>(new byte[4]));
        return 0;
    }
}
