// Checks closed instance delegates: a delegate bound to an object sees and changes that object's state, delegates to two instances stay independent, and a delegate outlives the variable it was created from.
class Counter
{
    public int Value;
    public int Step;
    public Counter(int step) { Step = step; }
    public int Next() { Value += Step; return Value; }
    public void Reset() { Value = 0; }
    public int AddTo(int x) { return x + Value; }
}

class Named
{
    string _name;
    public Named(string name) { _name = name; }
    public string Greet(string other) { return _name + ">" + other; }
}

static class Program
{
    static int s_step = 3;

    static System.Func<int> Make(int step)
    {
        Counter c = new Counter(step);
        return c.Next;
    }

    static int Main()
    {
        Counter a = new Counter(s_step);
        Counter b = new Counter(s_step * 2);
        System.Func<int> na = a.Next;
        System.Func<int> nb = b.Next;
        na(); na();
        nb();
        if (a.Value != 6 || b.Value != 6) return 1;
        if (na() != 9 || nb() != 12) return 2;
        System.Action ra = a.Reset;
        ra();
        if (a.Value != 0 || b.Value != 12) return 3;
        System.Func<int, int> addB = b.AddTo;
        if (addB(5) != 17) return 4;
        b.Value = 100;
        if (addB(5) != 105) return 5;
        System.Func<int> orphan = Make(s_step + 4);
        orphan();
        if (orphan() != 14) return 6;
        Named n = new Named("x");
        System.Func<string, string> greet = n.Greet;
        n = new Named("y");
        if (greet("z") != "x>z") return 7;
        if (n.Greet("z") != "y>z") return 8;
        return 100;
    }
}
