// StringBuilder.Append overloads (every primitive, char repeat, char[] ranges, substrings, objects, null), AppendLine, capacity growth across chunks, Length, indexer and ToString ranges.
using System;
using System.Text;

class StringBuilderAppend
{
    sealed class Point
    {
        public int X = 3, Y = 4;
        public override string ToString() => "(" + X + ", " + Y + ")";
    }

    static int Main()
    {
        var sb = new StringBuilder();
        sb.Append(true).Append(' ').Append(false).Append(' ');
        sb.Append('x').Append(' ').Append((byte)200).Append(' ').Append((sbyte)-5).Append(' ');
        sb.Append((short)-300).Append(' ').Append((ushort)60000).Append(' ').Append(-7).Append(' ').Append(4000000000u).Append(' ');
        sb.Append(-9000000000L).Append(' ').Append(18000000000000000000ul).Append(' ');
        sb.Append(1.5f).Append(' ').Append(0.1).Append(' ').Append(12.50m);
        Console.WriteLine(sb.ToString());
        Console.WriteLine(sb.Length);

        sb.Clear();
        sb.Append('-', 10).Append(new char[] { 'a', 'b', 'c' }).Append(new char[] { 'q', 'r', 's', 't' }, 1, 2);
        sb.Append("hello world", 6, 5).Append((string)null).Append((object)null).Append(new Point());
        sb.Append((char[])null);
        Console.WriteLine(sb.ToString());
        Console.WriteLine(sb.Length + " " + sb[0] + sb[10] + sb[sb.Length - 1]);
        Console.WriteLine(sb.ToString(10, 3) + "|" + sb.ToString(sb.Length - 6, 6));

        sb.Clear();
        sb.AppendLine("line1").AppendLine().Append("line3").AppendLine();
        Console.Write(sb.ToString().Replace("\r", "\\r"));
        Console.WriteLine(sb.Length > 0);

        var big = new StringBuilder(4);
        for (int i = 0; i < 200; i++)
            big.Append(i % 10);
        Console.WriteLine(big.Length + " " + big.ToString(95, 10) + " " + (big.Capacity >= 200));
        big.Length = 5;
        Console.WriteLine(big.ToString() + "|" + big.Length);
        big.Length = 8;
        Console.WriteLine(big.ToString().Replace('\0', '0') + "|" + big.Length);
        big[0] = 'Z';
        Console.WriteLine(big.ToString(0, 5));

        var chunks = new StringBuilder();
        for (int i = 0; i < 1000; i++)
            chunks.Append("ab");
        int count = 0;
        foreach (var chunk in chunks.GetChunks())
            count += chunk.Length;
        Console.WriteLine(count + " " + chunks.Length + " " + chunks.ToString().EndsWith("abab"));

        var sb2 = new StringBuilder("start", 100);
        sb2.Append(sb2.Length).Append(sb2.Capacity >= 100);
        Console.WriteLine(sb2);
        Console.WriteLine(new StringBuilder("abc").Equals(new StringBuilder("abc")) + " " + new StringBuilder("abc").Equals(new StringBuilder("abd")));
        Span<char> dest = stackalloc char[4];
        new StringBuilder("wxyz!").CopyTo(1, dest, 4);
        Console.WriteLine(dest.ToString());
        sb2.Clear().Append($"interp {1 + 1} {"x"}");
        Console.WriteLine(sb2.ToString());
        return 0;
    }
}
