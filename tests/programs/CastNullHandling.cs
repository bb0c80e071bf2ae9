// Checks null through casts and tests: null converts to every reference and nullable type, is T is false for null of every T, as gives null, ?. and ?? around casts, and null in typed arrays.
interface IThing { }
class Thing : IThing { public int V = 1; }

static class Program
{
    static object s_null = null;
    static object s_thing = new Thing();

    static int Main()
    {
        object n = s_null;
        if (n is object || n is Thing || n is IThing || n is string || n is int || n is int?) return 1;
        if ((Thing)n != null || (IThing)n != null || (string)n != null || (int[])n != null) return 2;
        int? ni = (int?)n;
        if (ni.HasValue) return 3;
        if (n as Thing != null || n as string != null) return 4;
        int v = (n as Thing)?.V ?? -1;
        if (v != -1) return 5;
        int w = (s_thing as Thing)?.V ?? -1;
        if (w != 1) return 6;
        Thing[] things = new Thing[2];
        things[1] = (Thing)n;
        object[] objs = things;
        if (objs[0] != null || objs[1] is Thing) return 7;
        string s = (string)n ?? "default";
        if (s != "default") return 8;
        IThing it = s_thing as IThing;
        if (it == null || !(it is Thing t) || t.V != 1) return 9;
        return 100;
    }
}
