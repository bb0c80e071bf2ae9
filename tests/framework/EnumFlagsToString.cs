// [Flags] enums: ToString of single, combined, zero, named-combination and undefined values, Parse of comma lists, HasFlag, bitwise operators, and a non-Flags enum's combined value.
using System;

[Flags]
enum Perm { None = 0, Read = 1, Write = 2, Execute = 4, ReadWrite = Read | Write, All = 7 }

[Flags]
enum Opts : ushort { A = 1, B = 2, C = 4, D = 8, High = 0x8000 }

[Flags]
enum NoZero { X = 1, Y = 2 }

enum Plain { One = 1, Two = 2, Four = 4 }

class EnumFlagsToString
{
    static int Main()
    {
        Perm[] values = { Perm.None, Perm.Read, Perm.Write, Perm.Read | Perm.Write, Perm.Read | Perm.Execute, Perm.All, (Perm)8, (Perm)9, (Perm)15, Perm.Write | Perm.Execute };
        foreach (var v in values)
            Console.WriteLine((int)v + ": " + v + " | " + v.ToString("D") + " | " + v.ToString("X") + " | " + v.ToString("F"));
        Console.WriteLine(Opts.A | Opts.C | Opts.High);
        Console.WriteLine((Opts)0 + " " + (Opts)16 + " " + (Opts)(16 | 1));
        Console.WriteLine((NoZero)0 + " " + (NoZero)3 + " " + (NoZero)7);
        Console.WriteLine((Plain)3 + " " + (Plain)6 + " " + ((Plain)3).ToString("F") + " " + ((Plain)6).ToString("F") + " " + ((Plain)8).ToString("F"));
        Console.WriteLine(Enum.Parse<Perm>("Read, Write") + " " + Enum.Parse<Perm>("Read,Execute") + " " + Enum.Parse<Perm>(" write , read ", true) + " " + Enum.Parse<Perm>("3") + " " + Enum.Parse<Perm>("None"));
        Console.WriteLine(Enum.TryParse<Perm>("Read, Bogus", out var bad) + " " + bad + " " + Enum.TryParse<Opts>("A, D, High", out var opts) + " " + opts + " " + (int)opts);
        var p = Perm.Read | Perm.Execute;
        Console.WriteLine(p.HasFlag(Perm.Read) + " " + p.HasFlag(Perm.Write) + " " + p.HasFlag(Perm.None) + " " + p.HasFlag(Perm.Read | Perm.Execute) + " " + p.HasFlag(Perm.All));
        Console.WriteLine((p & Perm.Read) + " " + (p & ~Perm.Read) + " " + (p ^ Perm.All) + " " + (p | Perm.Write) + " " + ~Perm.None + " " + (~Perm.Read & Perm.All));
        Console.WriteLine(((p & Perm.Write) == 0) + " " + ((p & Perm.Execute) != 0) + " " + (p == (Perm)5));
        var acc = Perm.None;
        foreach (var flag in new[] { Perm.Execute, Perm.Read, Perm.Write })
        {
            acc |= flag;
            Console.Write(acc + "; ");
        }
        Console.WriteLine();
        acc &= ~Perm.Read;
        Console.WriteLine(acc + " " + Enum.IsDefined(acc) + " " + Enum.IsDefined(Perm.ReadWrite) + " " + Enum.IsDefined((Perm)3));
        Console.WriteLine(string.Join(",", Enum.GetNames<Perm>()) + " | " + string.Join(",", Enum.GetValues<Opts>()));
        Console.WriteLine($"{Perm.ReadWrite} {Perm.ReadWrite:D} {Opts.D | Opts.B:X} {(Perm)12}");
        return 0;
    }
}
