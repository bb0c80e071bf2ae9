// Checks strings used as objects: boxing-free conversion to object, is string tests, GetType() == typeof(string), strings in generic containers and as generic arguments, string[] as object[], and string fields in structs.
class Holder<T> { public T Value; }

struct Named { public string Name; public int Id; }

static class Program
{
    static string s_word = "word";

    static int CountStrings(object[] items)
    {
        int n = 0;
        foreach (object o in items) if (o is string) n++;
        return n;
    }

    static T Echo<T>(T t) { return t; }

    static int Main()
    {
        object o = s_word;
        if (!(o is string) || o.GetType() != typeof(string) || (string)o != "word") return 1;
        if (!(o is string s) || s.Length != 4) return 2;
        object[] items = { "a", 1, s_word, null, 'c', "d" };
        if (CountStrings(items) != 3) return 3;
        Holder<string> h = new Holder<string> { Value = s_word };
        Holder<object> ho = new Holder<object> { Value = s_word };
        if (h.Value != "word" || !object.ReferenceEquals(ho.Value, h.Value)) return 4;
        if (Echo(s_word) != "word" || Echo<object>(s_word) != (object)s_word) return 5;
        object[] asObjects = new string[] { "x", "y" };
        if (!(asObjects[1] is string) || (string)asObjects[0] != "x") return 6;
        Named n = new Named { Name = s_word, Id = 1 };
        Named copy = n;
        copy.Name = copy.Name + "s";
        if (n.Name != "word" || copy.Name != "words") return 7;
        return 100;
    }
}
