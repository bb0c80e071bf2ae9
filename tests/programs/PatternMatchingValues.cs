// Checks constant and relational patterns against boxed values and strings: o is 5, o is "text", is null, ranges with and/or, patterns on chars and enums, and a pattern-based classifier over mixed inputs.
enum Level { Low, Mid, High }

static class Program
{
    static int s_five = 5;

    static int Classify(object o)
    {
        if (o is 5) return 1;
        if (o is "five") return 2;
        if (o is long and > 100L) return 3;
        if (o is int i and (< 0 or > 1000)) return 4;
        if (o is char c and >= 'a' and <= 'z') return 5 + (c - 'a') * 0;
        if (o is Level.High) return 6;
        if (o is Level) return 7;
        if (o is double d and not 0.0) return d > 0 ? 8 : 9;
        if (o is null) return 10;
        return 11;
    }

    static string Bucket(int n) => n switch
    {
        < 0 => "negative",
        0 => "zero",
        >= 1 and <= 9 => "digit",
        10 or 100 or 1000 => "power",
        _ => "other",
    };

    static int Main()
    {
        object[] inputs = { s_five, "five", 500L, -7, 5000, 'q', Level.High, Level.Low, 1.5, -1.5, null, 6, 0.0, 50L, 'Q', "six" };
        int[] expected = { 1, 2, 3, 4, 4, 5, 6, 7, 8, 9, 10, 11, 11, 11, 11, 11 };
        for (int i = 0; i < inputs.Length; i++) if (Classify(inputs[i]) != expected[i]) return 1 + i;
        string all = "";
        int[] ns = { -3, 0, 7, 10, 100, 11, 1000 };
        foreach (int n in ns) all = all + Bucket(n) + " ";
        if (all != "negative zero digit power power other power ") return 30;
        if (Bucket(s_five * 2) != "power") return 31;
        return 100;
    }
}
