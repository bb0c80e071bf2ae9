// Console.Write and Console.WriteLine overloads: every primitive type, char[] (whole and a range), objects, null strings and objects, format strings with one to four args and params.
using System;

class ConsoleWriteOverloads
{
    sealed class Named
    {
        public override string ToString() => "Named!";
    }

    static int Main()
    {
        Console.WriteLine(true);
        Console.WriteLine(false);
        Console.WriteLine('c');
        Console.WriteLine(42);
        Console.WriteLine(-42);
        Console.WriteLine(int.MinValue);
        Console.WriteLine(uint.MaxValue);
        Console.WriteLine(long.MinValue);
        Console.WriteLine(ulong.MaxValue);
        Console.WriteLine(1.25);
        Console.WriteLine(-0.5f);
        Console.WriteLine(123.456m);
        Console.WriteLine((object)(short)-7);
        Console.WriteLine((object)(byte)255);
        Console.WriteLine((object)(sbyte)-128);
        Console.WriteLine((object)(ushort)65535);
        Console.WriteLine(new char[] { 'a', 'b', 'c' });
        Console.WriteLine(new char[] { 'h', 'e', 'l', 'l', 'o' }, 1, 3);
        Console.WriteLine(new Named());
        Console.WriteLine((object)null);
        Console.WriteLine((string)null);
        Console.WriteLine("[" + (string)null + "]");
        Console.WriteLine();
        Console.WriteLine("one {0}", 1);
        Console.WriteLine("two {0} {1}", 1, "b");
        Console.WriteLine("three {0} {1} {2}", 1, 'x', 2.5);
        Console.WriteLine("four {0} {1} {2} {3}", 1, 2, 3, 4);
        Console.WriteLine("reordered {3} {2} {1} {0} {0}", "a", "b", "c", "d");
        Console.WriteLine("null arg [{0}]", (object)null);
        Console.WriteLine("braces {{{0}}}", 7);

        Console.Write(true);
        Console.Write(' ');
        Console.Write(1);
        Console.Write(' ');
        Console.Write(2L);
        Console.Write(' ');
        Console.Write(3u);
        Console.Write(' ');
        Console.Write(4ul);
        Console.Write(' ');
        Console.Write(5.5);
        Console.Write(' ');
        Console.Write(6.5f);
        Console.Write(' ');
        Console.Write(7.5m);
        Console.Write(' ');
        Console.Write(new char[] { 'x', 'y' });
        Console.Write(' ');
        Console.Write(new char[] { 'p', 'q', 'r', 's' }, 2, 2);
        Console.Write(' ');
        Console.Write((string)null);
        Console.Write((object)null);
        Console.Write("end");
        Console.WriteLine();
        Console.Write("w {0}", 1);
        Console.Write(" {0}{1}", 2, 3);
        Console.Write(" {0}{1}{2}", 4, 5, 6);
        Console.Write(" {0}{1}{2}{3}", 7, 8, 9, 10);
        Console.WriteLine();
        Console.Out.WriteLine("via Console.Out");
        Console.Out.Write(12.0);
        Console.Out.WriteLine();
        Console.WriteLine("tab\there and unicode \u00e9\u4e2d");
        return 0;
    }
}
