// Generics: static fields and static constructors per closed instantiation, generic methods with explicit and inferred type arguments, default(T) for structs/classes/nullables, typeof(...).Name/FullName of nested and constructed generic types, generic constraints (new(), struct, class, interface), and CRTP-style recursive generics.
using System;
using System.Collections.Generic;

class Counter<T>
{
    public static int Instances;
    public static readonly string Created;

    static Counter()
    {
        Created = "cctor " + typeof(T).Name;
        Console.WriteLine("  static ctor for " + typeof(T).Name);
    }

    public Counter() => Instances++;
}

class Outer<T>
{
    public class Inner<U>
    {
        public static string Describe() => typeof(T).Name + "/" + typeof(U).Name;
    }

    public struct Pair
    {
        public T A, B;
    }
}

abstract class Shape<TSelf> where TSelf : Shape<TSelf>, new()
{
    public int Size;

    public TSelf WithSize(int size)
    {
        var copy = new TSelf { Size = size };
        return copy;
    }

    public abstract string Name { get; }
    public override string ToString() => Name + "(" + Size + ")";
}

sealed class Square : Shape<Square>
{
    public override string Name => "Square";
}

sealed class Circle : Shape<Circle>
{
    public override string Name => "Circle";
}

class GenericStaticsAndNames
{
    static string Describe<T>(T value) => typeof(T).Name + ":" + (value?.ToString() ?? "null");
    static T Make<T>() where T : new() => new T();
    static T Pick<T>(bool first, T a, T b) => first ? a : b;
    static string Kind<T>() where T : struct => "struct " + typeof(T).Name + " default " + default(T);
    static string RefKind<T>() where T : class => "class " + typeof(T).Name + " default null " + (default(T) == null);
    static TOut Convert<TIn, TOut>(TIn input, Func<TIn, TOut> f) => f(input);
    static int CountWhere<T>(IEnumerable<T> items, Predicate<T> p)
    {
        int n = 0;
        foreach (var i in items)
            if (p(i))
                n++;
        return n;
    }

    static int Main()
    {
        Console.WriteLine("before any use");
        new Counter<int>();
        new Counter<int>();
        new Counter<string>();
        Console.WriteLine("int " + Counter<int>.Instances + " string " + Counter<string>.Instances + " double " + Counter<double>.Instances);
        Console.WriteLine(Counter<int>.Created + " | " + Counter<string>.Created + " | " + Counter<List<int>>.Created);
        Console.WriteLine(Describe(42) + " " + Describe("s") + " " + Describe<object>("boxed") + " " + Describe<int?>(null) + " " + Describe<IComparable>(3.5));
        Console.WriteLine(Make<List<string>>().Count + " " + Make<DateTime>().Year + " " + Pick<object>(false, 1, "two") + " " + Pick(true, 1.5, 2));
        Console.WriteLine(Kind<int>() + " | " + Kind<bool>() + " | " + Kind<decimal>() + " | " + RefKind<string>() + " | " + RefKind<int[]>());
        Console.WriteLine("default " + default(int) + " " + (default(string) == null) + " " + default(int?).HasValue + " " + default(KeyValuePair<string, int>) + " " + default((int, string)) + " " + default(Guid));
        Console.WriteLine(Convert<int, string>(255, i => i.ToString("X")) + " " + Convert("abc", s => s.Length) + " " + CountWhere(new[] { 1, 2, 3, 4 }, x => x > 2));
        Type[] types =
        {
            typeof(List<int>), typeof(Dictionary<string, List<int>>), typeof(int?), typeof(KeyValuePair<int, string>[]),
            typeof(Outer<int>.Inner<string>), typeof(Outer<long>.Pair), typeof(List<>), typeof(Dictionary<,>), typeof(Func<int, bool>), typeof((int, string)),
        };
        foreach (var t in types)
            Console.WriteLine("Name " + t.Name + " | FullName " + (t.FullName ?? "null"));
        Console.WriteLine("nested " + Outer<int>.Inner<string>.Describe() + " " + Outer<char>.Inner<Outer<int>.Pair>.Describe() + " pair " + new Outer<string>.Pair { A = "x", B = "y" }.A);
        Console.WriteLine("generic instance names " + new List<Square>().GetType().Name + " " + new Dictionary<int, int>().GetType().Name + " " + new Outer<int>.Pair().GetType().Name + " " + typeof(Counter<>).Name + " " + typeof(Shape<Circle>).Name);
        Square sq = new Square().WithSize(3);
        Circle ci = new Circle { Size = 1 }.WithSize(7);
        Console.WriteLine("crtp " + sq + " " + ci + " " + sq.GetType().Name + " " + sq.GetType().BaseType.Name);
        Console.WriteLine("is checks " + (sq is Shape<Square>) + " " + ((object)sq is Shape<Circle>) + " " + (new List<string>() is IEnumerable<object>) + " " + (new List<int>() is IEnumerable<object>));
        Console.WriteLine("equal types " + (typeof(List<int>) == new List<int>().GetType()) + " " + (typeof(List<int>) == typeof(List<long>)) + " " + typeof(List<int>).IsGenericType + " " + typeof(List<>).IsGenericTypeDefinition + " " + typeof(List<int>).GetGenericTypeDefinition().Name);
        return 0;
    }
}
