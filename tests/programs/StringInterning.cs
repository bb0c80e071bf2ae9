// Checks string identity: equal literals are the same object (also across classes and methods), concatenation produces new objects, == still compares contents, and ReferenceEquals exposes the difference.
class Other
{
    public static string Greeting = "hello";
    public static string Get() { return "hello"; }
}

static class Program
{
    static string s_he = "he", s_llo = "llo";

    static int Main()
    {
        object a = "hello";
        object b = "hello";
        if (a != b || !object.ReferenceEquals(a, b)) return 1;
        if (!object.ReferenceEquals(Other.Greeting, "hello") || !object.ReferenceEquals(Other.Get(), a)) return 2;
        string built = s_he + s_llo;
        if (object.ReferenceEquals(built, a) || (object)built == a) return 3;
        if (built != "hello" || !(built == Other.Get())) return 4;
        string built2 = s_he + s_llo;
        if (object.ReferenceEquals(built, built2) || built != built2) return 5;
        object ab1 = "ab", ab2 = "a" + "b";
        if (!object.ReferenceEquals(ab1, ab2)) return 6;
        string[] many = new string[4];
        for (int i = 0; i < many.Length; i++) many[i] = "same";
        for (int i = 1; i < many.Length; i++) if (!object.ReferenceEquals(many[0], many[i])) return 7;
        return 100;
    }
}
