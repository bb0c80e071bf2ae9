// Checks virtual dispatch through a six-level hierarchy where only some levels override each of three methods: every (static type, dynamic type) pair resolves to the nearest override.
class L0
{
    public virtual int A() { return 0; }
    public virtual int B() { return 0; }
    public virtual int C() { return 0; }
    public int Code() { return A() * 100 + B() * 10 + C(); }
}
class L1 : L0 { public override int A() { return 1; } }
class L2 : L1 { public override int B() { return 2; } }
class L3 : L2 { }
class L4 : L3 { public override int A() { return 4; } public override int C() { return 4; } }
class L5 : L4 { public override int B() { return 5; } }

static class Program
{
    static int s_levels = 6;

    static L0 Make(int level)
    {
        switch (level)
        {
            case 0: return new L0();
            case 1: return new L1();
            case 2: return new L2();
            case 3: return new L3();
            case 4: return new L4();
            default: return new L5();
        }
    }

    static int Main()
    {
        int[] expected = { 0, 100, 120, 120, 424, 454 };
        for (int i = 0; i < s_levels; i++)
            if (Make(i).Code() != expected[i]) return 1 + i;
        L2 two = (L2)Make(5);
        if (two.A() != 4 || two.B() != 5 || two.C() != 4) return 10;
        L3 three = new L4();
        if (three.A() + three.B() + three.C() != 10) return 11;
        L4 four = new L5();
        if (four.B() != 5) return 12;
        int sum = 0;
        for (int round = 0; round < 10; round++)
            for (int i = 0; i < s_levels; i++)
                sum += Make((i + round) % s_levels).Code();
        if (sum != 10 * 1218) return 13;
        return 100;
    }
}
