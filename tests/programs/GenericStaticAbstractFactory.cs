// Checks static abstract factory and parsing members used from generic code: T.Create, T.TryParse with out parameters and T.Default, for a struct and a class, including a generic cache that relies on them.
interface IParsable<TSelf> where TSelf : IParsable<TSelf>
{
    static abstract bool TryParse(string s, out TSelf value);
    static abstract TSelf Create(int seed);
    static abstract TSelf Default { get; }
}

struct Digit : IParsable<Digit>
{
    public int V;
    public static bool TryParse(string s, out Digit d)
    {
        d = default(Digit);
        if (s == null || s.Length != 1 || s[0] < '0' || s[0] > '9') return false;
        d.V = s[0] - '0';
        return true;
    }
    public static Digit Create(int seed) { return new Digit { V = seed % 10 }; }
    public static Digit Default { get { return new Digit { V = -1 }; } }
}

class Word : IParsable<Word>
{
    public string Text;
    public static bool TryParse(string s, out Word w)
    {
        w = null;
        if (string.IsNullOrEmpty(s)) return false;
        for (int i = 0; i < s.Length; i++) if (s[i] < 'a' || s[i] > 'z') return false;
        w = new Word { Text = s };
        return true;
    }
    public static Word Create(int seed) { return new Word { Text = seed % 2 == 0 ? "even" : "odd" }; }
    public static Word Default { get { return new Word { Text = "?" }; } }
}

static class Parser<T> where T : IParsable<T>
{
    public static T[] ParseAll(string[] inputs, out int failures)
    {
        T[] r = new T[inputs.Length];
        failures = 0;
        for (int i = 0; i < inputs.Length; i++)
            if (!T.TryParse(inputs[i], out r[i])) { r[i] = T.Default; failures++; }
        return r;
    }

    public static T[] Make(int n)
    {
        T[] r = new T[n];
        for (int i = 0; i < n; i++) r[i] = T.Create(i * 7);
        return r;
    }
}

static class Program
{
    static int s_n = 4;

    static int Main()
    {
        string[] inputs = { "7", "x", "42", "0", null, "abc" };
        int fails;
        Digit[] ds = Parser<Digit>.ParseAll(inputs, out fails);
        if (fails != 4 || ds[0].V != 7 || ds[1].V != -1 || ds[3].V != 0 || ds[4].V != -1) return 1;
        Word[] ws = Parser<Word>.ParseAll(inputs, out fails);
        if (fails != 4 || ws[5].Text != "abc" || ws[1].Text != "x" || ws[0].Text != "?") return 2;
        Digit[] made = Parser<Digit>.Make(s_n);
        if (made[1].V != 7 || made[2].V != 4 || made[3].V != 1) return 3;
        Word[] mw = Parser<Word>.Make(s_n);
        if (mw[0].Text != "even" || mw[1].Text != "odd" || mw[0] == mw[2]) return 4;
        return 100;
    }
}
