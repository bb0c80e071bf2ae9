// Checks variance through nesting and arrays: IProducer<IProducer<string>> as IProducer<IProducer<object>>, a contravariant interface inside a covariant one, variant interfaces on arrays of interfaces, and casts that must fail.
interface IProducer<out T> { T Get(); }
interface IConsumer<in T> { int Take(T item); }

class Const<T> : IProducer<T>
{
    T _v;
    public Const(T v) { _v = v; }
    public T Get() { return _v; }
}

class Counter : IConsumer<object>
{
    public int N;
    public int Take(object o) { return ++N; }
}

class Base { }
class Derived : Base { }

static class Program
{
    static string s_text = "inner";

    static int Main()
    {
        IProducer<IProducer<string>> nested = new Const<IProducer<string>>(new Const<string>(s_text));
        IProducer<IProducer<object>> widened = nested;
        if ((string)widened.Get().Get() != "inner") return 1;
        object o = nested;
        if (!(o is IProducer<IProducer<object>>)) return 2;
        if (o is IProducer<Const<object>>) return 3;

        IProducer<IConsumer<object>> makesConsumers = new Const<IConsumer<object>>(new Counter());
        IProducer<IConsumer<string>> viaBoth = makesConsumers;
        IConsumer<string> c = viaBoth.Get();
        c.Take("a");
        if (c.Take("b") != 2) return 4;

        IProducer<Derived>[] producers = { new Const<Derived>(new Derived()), new Const<Derived>(null) };
        IProducer<Base>[] asBase = producers;
        if (asBase[0].Get() == null || asBase[1].Get() != null) return 5;
        object arr = producers;
        if (!(arr is IProducer<Base>[]) || !(arr is IProducer<object>[])) return 6;
        if (arr is IProducer<string>[]) return 7;
        object plain = new Const<Base>(new Base());
        if (plain is IProducer<Derived>) return 8;
        return 100;
    }
}
