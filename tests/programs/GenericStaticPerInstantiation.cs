// Checks that static fields of a generic class are separate per instantiation (value types, reference types sharing code, nested instantiations), while a non-generic static elsewhere is shared.
class Registry<T>
{
    public static int Count;
    public static T Last;
    public static string Tag = "unset";

    public static void Register(T item) { Count++; Last = item; Shared.Total++; }
}

static class Shared { public static int Total; }

class Node<T> { public T Value; }

static class Program
{
    static int s_n = 3;

    static int Main()
    {
        for (int i = 0; i < s_n; i++) Registry<int>.Register(i * 10);
        Registry<string>.Register("a");
        Registry<object>.Register("b");
        Registry<object>.Register(null);
        Registry<long>.Register(7);
        Registry<Node<int>>.Register(new Node<int> { Value = 1 });
        Registry<Node<string>>.Register(new Node<string> { Value = "n" });
        Registry<Node<string>>.Register(new Node<string> { Value = "m" });
        if (Registry<int>.Count != 3 || Registry<int>.Last != 20) return 1;
        if (Registry<string>.Count != 1 || Registry<string>.Last != "a") return 2;
        if (Registry<object>.Count != 2 || Registry<object>.Last != null) return 3;
        if (Registry<long>.Count != 1 || Registry<long>.Last != 7) return 4;
        if (Registry<Node<int>>.Count != 1 || Registry<Node<string>>.Count != 2 || Registry<Node<string>>.Last.Value != "m") return 5;
        if (Registry<double>.Count != 0 || Registry<Node<object>>.Last != null) return 6;
        if (Shared.Total != 10) return 7;
        Registry<string>.Tag = "strings";
        Registry<object>.Tag = "objects";
        if (Registry<string>.Tag != "strings" || Registry<object>.Tag != "objects" || Registry<int>.Tag != "unset") return 8;
        return 100;
    }
}
