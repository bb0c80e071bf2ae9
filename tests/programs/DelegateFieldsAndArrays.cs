// Checks delegates stored in fields and arrays: a static delegate field, an instance field set in a constructor, a struct field holding a delegate, a jagged table of delegates used as a dispatch table, and replacing entries at run time.
struct Rule
{
    public string Name;
    public System.Func<int, bool> Test;
}

class Machine
{
    public System.Func<int, int> Step;
    public int State;
    public Machine(System.Func<int, int> step) { Step = step; }
    public void Run(int n) { for (int i = 0; i < n; i++) State = Step(State); }
}

static class Program
{
    static System.Func<int, int, int> s_combine = (a, b) => a * 10 + b;
    static System.Func<int, int>[] s_ops = { x => x + 1, x => x * 2, x => x - 3 };
    static int s_n = 5;

    static int Main()
    {
        if (s_combine(4, 2) != 42) return 1;
        s_combine = (a, b) => a - b;
        if (s_combine(4, 2) != 2) return 2;
        int v = 1;
        for (int i = 0; i < s_n; i++) v = s_ops[i % s_ops.Length](v);
        if (v != 4) return 3;
        s_ops[1] = x => x * x;
        v = 3;
        for (int i = 0; i < s_ops.Length; i++) v = s_ops[i](v);
        if (v != 13) return 4;
        Machine m = new Machine(x => x * 3 + 1);
        m.Run(3);
        if (m.State != 13) return 5;
        m.Step = x => x / 2;
        m.Run(2);
        if (m.State != 3) return 6;
        Rule[] rules =
        {
            new Rule { Name = "even", Test = x => x % 2 == 0 },
            new Rule { Name = "big", Test = x => x > 10 },
            new Rule { Name = "neg", Test = x => x < 0 },
        };
        int[] inputs = { 4, 11, -2, 7 };
        int hits = 0;
        for (int i = 0; i < inputs.Length; i++)
            for (int j = 0; j < rules.Length; j++)
                if (rules[j].Test(inputs[i])) hits = hits * 10 + j + 1;
        if (hits != 1213) return 7;
        System.Func<int, int>[][] table = new System.Func<int, int>[2][];
        table[0] = new System.Func<int, int>[] { x => x + 100 };
        table[1] = new System.Func<int, int>[] { x => -x, x => x * s_n };
        if (table[0][0](1) + table[1][0](1) + table[1][1](2) != 110) return 8;
        System.Func<int, int>[] empty = new System.Func<int, int>[3];
        int nulls = 0;
        for (int i = 0; i < empty.Length; i++) if (empty[i] is null) nulls++;
        if (nulls != 3 || rules[1].Name != "big") return 9;
        return 100;
    }
}
