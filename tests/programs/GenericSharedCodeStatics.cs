// Checks generic code reaching other generic types' statics and instantiations through its own type parameter: User<T> touches Counter<T> and Counter<T[]>, creates Wrapper<T> objects, and tests is Wrapper<T>, for several reference and value instantiations.
class Counter<T>
{
    public static int Hits;
}

class Wrapper<T>
{
    public T Value;
}

class User<T>
{
    public static int Touch(int n)
    {
        for (int i = 0; i < n; i++) Counter<T>.Hits++;
        Counter<T[]>.Hits += 100;
        return Counter<T>.Hits;
    }

    public static object Wrap(T v) { return new Wrapper<T> { Value = v }; }
    public static bool IsMine(object o) { return o is Wrapper<T>; }
    public static bool IsArrayWrapper(object o) { return o is Wrapper<T[]>; }
}

class Animal { }
class Cat : Animal { }

static class Program
{
    static int s_n = 2;

    static int Main()
    {
        if (User<string>.Touch(s_n) != 2 || User<object>.Touch(3) != 3 || User<string>.Touch(1) != 3) return 1;
        if (User<int>.Touch(s_n) != 2 || Counter<long>.Hits != 0) return 2;
        if (Counter<string[]>.Hits != 200 || Counter<object[]>.Hits != 100 || Counter<int[]>.Hits != 100) return 3;
        object ws = User<string>.Wrap("s");
        object wc = User<Cat>.Wrap(new Cat());
        object wi = User<int>.Wrap(5);
        if (!User<string>.IsMine(ws) || User<object>.IsMine(ws) || User<Animal>.IsMine(wc) || !User<Cat>.IsMine(wc)) return 4;
        if (!User<int>.IsMine(wi) || User<long>.IsMine(wi) || User<int>.IsMine(ws)) return 5;
        object wa = User<string[]>.Wrap(new string[0]);
        if (!User<string>.IsArrayWrapper(wa) || User<object>.IsArrayWrapper(wa) || User<string>.IsArrayWrapper(ws)) return 6;
        if (((Wrapper<int>)wi).Value != 5 || ((Wrapper<string>)ws).Value != "s") return 7;
        return 100;
    }
}
