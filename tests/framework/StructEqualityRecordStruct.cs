// Struct equality and value semantics: ValueType.Equals on structs without overrides (blittable fields, reference fields, float fields with -0.0 and NaN, nested structs), with Equals/== overrides, record struct (with-expressions, ToString, ==, deconstruction), readonly struct and readonly record struct, ref struct methods, copies vs references, and boxing of mutable structs.
using System;

struct PlainPoint { public int X, Y; }

struct WithString { public string Name; public int Id; }

struct WithDouble { public double D; public int Pad; }

struct Nested { public PlainPoint P; public WithString W; }

struct Overridden
{
    public int Value;
    public string Label;
    public override bool Equals(object obj) => obj is Overridden o && o.Value == Value;
    public override int GetHashCode() => Value;
    public static bool operator ==(Overridden a, Overridden b) => a.Value == b.Value;
    public static bool operator !=(Overridden a, Overridden b) => !(a == b);
}

record struct Measurement(string Unit, double Amount) { public string Display => Amount + " " + Unit; }

readonly record struct Range2(int Start, int End) { public int Length => End - Start; }

readonly struct Fraction
{
    public readonly int Num, Den;
    public Fraction(int n, int d) { Num = n; Den = d; }
    public Fraction Invert() => new Fraction(Den, Num);
    public override string ToString() => Num + "/" + Den;
}

ref struct Cursor
{
    private ReadOnlySpan<char> _text;
    public int Position;

    public Cursor(ReadOnlySpan<char> text) { _text = text; Position = 0; }

    public bool TryNext(out char c)
    {
        if (Position < _text.Length) { c = _text[Position++]; return true; }
        c = '\0';
        return false;
    }

    public ReadOnlySpan<char> Rest => _text.Slice(Position);
}

class StructEqualityRecordStruct
{
    struct Mutable { public int Count; public void Increment() => Count++; }

    static int Main()
    {
        var p1 = new PlainPoint { X = 1, Y = 2 };
        var p2 = new PlainPoint { X = 1, Y = 2 };
        var p3 = new PlainPoint { X = 2, Y = 1 };
        Console.WriteLine("plain " + p1.Equals(p2) + " " + p1.Equals(p3) + " " + p1.Equals((object)p2) + " " + p1.Equals(null) + " " + p1.Equals("x") + " tostring " + p1);
        var s1 = new WithString { Name = "ab", Id = 1 };
        var s2 = new WithString { Name = new string(new[] { 'a', 'b' }), Id = 1 };
        var s3 = new WithString { Name = null, Id = 1 };
        Console.WriteLine("with string " + s1.Equals(s2) + " " + s1.Equals(s3) + " " + s3.Equals(new WithString { Id = 1 }));
        var d1 = new WithDouble { D = 0.0, Pad = 7 };
        var d2 = new WithDouble { D = -0.0, Pad = 7 };
        var n1 = new WithDouble { D = double.NaN };
        Console.WriteLine("doubles +0/-0 " + d1.Equals(d2) + " NaN " + n1.Equals(new WithDouble { D = double.NaN }) + " field compare " + (d1.D == d2.D) + " " + (n1.D == double.NaN) + " pad " + d1.Pad);
        var nest1 = new Nested { P = p1, W = s1 };
        var nest2 = new Nested { P = p2, W = s2 };
        Console.WriteLine("nested " + nest1.Equals(nest2) + " " + nest1.Equals(new Nested { P = p3, W = s1 }));
        var o1 = new Overridden { Value = 5, Label = "a" };
        var o2 = new Overridden { Value = 5, Label = "b" };
        Console.WriteLine("overridden " + o1.Equals(o2) + " == " + (o1 == o2) + " != " + (o1 != new Overridden { Value = 6 }) + " boxed " + ((object)o1).Equals(o2));

        var m = new Measurement("kg", 2.5);
        var m2 = m with { Amount = 3 };
        Console.WriteLine("record struct " + m + " | " + m2 + " | " + (m == new Measurement("kg", 2.5)) + " " + (m != m2) + " " + m.Equals(m2) + " display " + m2.Display);
        var (unit, amount) = m2;
        m2.Amount = 10;
        Console.WriteLine("deconstruct " + unit + " " + amount + " mutated " + m2 + " default " + default(Measurement));
        var r = new Range2(3, 10);
        Console.WriteLine("readonly record struct " + r + " length " + r.Length + " with " + (r with { End = 4 }) + " equals " + r.Equals(new Range2(3, 10)));
        var f = new Fraction(3, 4);
        Console.WriteLine("readonly struct " + f + " " + f.Invert() + " default " + default(Fraction) + " equals " + f.Equals(new Fraction(3, 4)));

        var cursor = new Cursor("abc,def");
        var read = "";
        while (cursor.TryNext(out char c) && c != ',')
            read += c;
        Console.WriteLine("ref struct read " + read + " pos " + cursor.Position + " rest " + cursor.Rest.ToString());

        var a = new Mutable();
        var b = a;
        b.Increment();
        object boxed = a;
        a.Increment();
        a.Increment();
        ((Mutable)boxed).Increment();
        Console.WriteLine("copies a " + a.Count + " b " + b.Count + " boxed " + ((Mutable)boxed).Count);
        Mutable[] arr = new Mutable[2];
        arr[0].Increment();
        var list = new System.Collections.Generic.List<Mutable> { new Mutable() };
        var item = list[0];
        item.Increment();
        Console.WriteLine("array element " + arr[0].Count + " list copy " + list[0].Count + " local " + item.Count);
        ref Mutable slot = ref arr[1];
        slot.Increment();
        slot.Increment();
        Console.WriteLine("ref slot " + arr[1].Count + " type names " + m.GetType().Name + " " + r.GetType().Name + " " + typeof(Cursor).Name + " isvaluetype " + typeof(Measurement).IsValueType);
        return 0;
    }
}
