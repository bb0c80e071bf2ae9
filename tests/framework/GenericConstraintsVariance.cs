// Generic constraints (struct, class, new(), unmanaged, notnull, IComparable<T>, base class, type-parameter) with default(T) and typeof(T).Name, per-instantiation static fields, and variance: IEnumerable<out T>, IComparer<in T>, Func/Action, user variant interfaces and array covariance.
using System;
using System.Collections.Generic;
using System.Linq;

class Animal
{
    public virtual string Sound => "...";
    public override string ToString() => GetType().Name;
}

class Dog : Animal { public override string Sound => "woof"; }
class Puppy : Dog { public override string Sound => "yip"; }
class Cat : Animal { public override string Sound => "meow"; }

interface IProducer<out T> { T Produce(); }
interface IConsumer<in T> { string Consume(T item); }

class DogShelter : IProducer<Dog> { public Dog Produce() => new Puppy(); }
class AnimalVet : IConsumer<Animal> { public string Consume(Animal a) => "vet treats " + a + " (" + a.Sound + ")"; }

class Counter<T>
{
    public static int Instances;
    public Counter() { Instances++; }
}

class Factory<T> where T : new()
{
    public T Make() => new T();
}

class Widget
{
    public static int Made;
    public int Id = ++Made;
}

class ByLength : IComparer<object>
{
    public int Compare(object x, object y) => x.ToString().Length.CompareTo(y.ToString().Length);
}

class GenericConstraintsVariance
{
    static string Describe<T>(T value) => typeof(T).Name + "=" + (value == null ? "null" : value.ToString());
    static T Largest<T>(params T[] items) where T : IComparable<T> => items.Aggregate((a, b) => a.CompareTo(b) >= 0 ? a : b);
    static string Defaults<TS, TC>() where TS : struct where TC : class => typeof(TS).Name + ":" + default(TS) + " " + typeof(TC).Name + ":" + (default(TC) == null);
    static int SizeOf<T>() where T : unmanaged => System.Runtime.CompilerServices.Unsafe.SizeOf<T>();
    static string Key<T>(T key) where T : notnull => key.GetType().Name + "(" + key + ")";
    static string Loudest<T>(IEnumerable<T> animals) where T : Animal => string.Join(",", animals.Select(a => a.Sound));
    static TBase Upcast<TDerived, TBase>(TDerived d) where TDerived : TBase => d;
    static bool IsNull<T>(T value) where T : class => value is null;
    static T? FirstOrNull<T>(IEnumerable<T> items) where T : struct => items.Any() ? items.First() : null;

    static int Main()
    {
        Console.WriteLine(Describe(42) + " " + Describe("s") + " " + Describe<string>(null) + " " + Describe<int?>(null) + " " + Describe(new List<int>()) + " " + Describe(3.5));
        Console.WriteLine("Largest: " + Largest(3, 9, 2) + " " + Largest("pear", "apple", "zucchini", "fig") + " " + Largest(2.5m, -1m) + " " + Largest(new DateOnly(2020, 1, 1), new DateOnly(2019, 12, 31)));
        Console.WriteLine("Defaults: " + Defaults<int, string>() + " | " + Defaults<DateOnly, Animal>() + " | " + Defaults<bool, int[]>());
        Console.WriteLine("unmanaged sizes: " + SizeOf<byte>() + " " + SizeOf<long>() + " " + SizeOf<decimal>() + " " + SizeOf<(int, byte)>() + " " + SizeOf<Guid>());
        Console.WriteLine("notnull: " + Key(7) + " " + Key("k") + " " + Key(Color.Green));
        Console.WriteLine("base constraint: " + Loudest(new List<Dog> { new Dog(), new Puppy() }) + " " + Loudest(new Animal[] { new Cat(), new Dog() }));
        Console.WriteLine("type-parameter constraint: " + Upcast<Puppy, Animal>(new Puppy()).Sound + " " + IsNull<string>(null) + " " + IsNull(new object()));
        Console.WriteLine("struct? result: " + FirstOrNull(new[] { 4, 5 }) + " [" + FirstOrNull(new int[0]) + "]");

        var f = new Factory<Widget>();
        Console.WriteLine("new(): " + f.Make().Id + " " + f.Make().Id + " " + new Factory<List<string>>().Make().Count + " " + new Factory<int>().Make());
        new Counter<int>();
        new Counter<int>();
        new Counter<string>();
        Console.WriteLine("per-instantiation statics: " + Counter<int>.Instances + " " + Counter<string>.Instances + " " + Counter<object>.Instances);

        IEnumerable<Dog> dogs = new List<Dog> { new Dog(), new Puppy() };
        IEnumerable<Animal> animals = dogs;
        Console.WriteLine("IEnumerable covariance: " + string.Join(",", animals) + " " + (dogs is IEnumerable<Animal>) + " " + (dogs is IEnumerable<object>) + " " + (new List<int>() is IEnumerable<object>));
        IComparer<object> byLength = new ByLength();
        IComparer<string> forStrings = byLength;
        var words = new List<string> { "ccc", "a", "bb" };
        words.Sort(forStrings);
        Console.WriteLine("IComparer contravariance: " + string.Join(",", words));
        Func<Puppy> makePuppy = () => new Puppy();
        Func<Animal> makeAnimal = makePuppy;
        Action<Animal> pet = a => Console.WriteLine("  petting " + a + " " + a.Sound);
        Action<Cat> petCat = pet;
        Console.WriteLine("Func covariance: " + makeAnimal().Sound);
        petCat(new Cat());
        IProducer<Animal> producer = new DogShelter();
        IConsumer<Dog> consumer = new AnimalVet();
        Console.WriteLine("user variance: " + producer.Produce() + " | " + consumer.Consume(new Dog()) + " | " + (producer is IProducer<object>) + " " + (consumer is IConsumer<Puppy>) + " " + (consumer is IConsumer<object>));
        Animal[] array = new Dog[2];
        array[0] = new Puppy();
        try
        {
            array[1] = new Cat();
        }
        catch (ArrayTypeMismatchException e)
        {
            Console.WriteLine("array covariance: " + array[0] + " then " + e.GetType().Name + ": " + e.Message);
        }
        Console.WriteLine("type names: " + typeof(Counter<int>).Name + " " + typeof(IProducer<>).Name + " " + typeof(Dictionary<,>).Name + " " + typeof(Func<int, string>).Name + " " + typeof(int[]).FullName);
        return 0;
    }
}

enum Color { Red, Green }
