// Checks generic virtual methods on classes: a base declares virtual Transform<T>, derived classes override it, calls through the base pick the override for each instantiation (int, string, struct), and overrides call base.
struct Meters { public int V; }

class Transformer
{
    public virtual T[] Transform<T>(T[] input)
    {
        T[] r = new T[input.Length];
        for (int i = 0; i < input.Length; i++) r[i] = input[i];
        return r;
    }

    public virtual int Describe<T>(T value) { return 1; }
}

class Reverser : Transformer
{
    public override T[] Transform<T>(T[] input)
    {
        T[] r = base.Transform(input);
        for (int i = 0, j = r.Length - 1; i < j; i++, j--) { T t = r[i]; r[i] = r[j]; r[j] = t; }
        return r;
    }

    public override int Describe<T>(T value) { return value is string ? 20 : 2; }
}

class Doubler : Reverser
{
    public override T[] Transform<T>(T[] input)
    {
        T[] once = base.Transform(input);
        T[] r = new T[once.Length * 2];
        for (int i = 0; i < once.Length; i++) { r[2 * i] = once[i]; r[2 * i + 1] = once[i]; }
        return r;
    }
}

static class Program
{
    static int s_n = 4;

    static int Main()
    {
        Transformer[] ts = { new Transformer(), new Reverser(), new Doubler() };
        int[] ints = new int[s_n];
        for (int i = 0; i < s_n; i++) ints[i] = i + 1;
        if (ts[0].Transform(ints)[0] != 1 || ts[1].Transform(ints)[0] != 4 || ts[2].Transform(ints).Length != 8) return 1;
        int[] d = ts[2].Transform(ints);
        if (d[0] != 4 || d[1] != 4 || d[6] != 1 || d[7] != 1) return 2;
        string[] strs = { "a", "b", "c" };
        if (ts[1].Transform(strs)[0] != "c" || ts[2].Transform(strs)[5] != "a") return 3;
        Meters[] ms = { new Meters { V = 1 }, new Meters { V = 2 } };
        if (ts[2].Transform(ms)[0].V != 2 || ts[1].Transform(ms)[1].V != 1) return 4;
        int desc = 0;
        foreach (Transformer t in ts) desc = desc * 100 + t.Describe("s") * 10 + t.Describe(s_n) % 10;
        if (desc != 130402) return 5;
        if (ints[0] != 1) return 6;
        return 100;
    }
}
