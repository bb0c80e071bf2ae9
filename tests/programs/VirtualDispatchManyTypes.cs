// Checks one virtual call site that sees ten receiver types in a shuffled order (defeating any single-type guess), with results accumulated into a checksum, and the same through an interface-free abstract base.
abstract class Op { public abstract int Apply(int x); }
class Op0 : Op { public override int Apply(int x) { return x + 1; } }
class Op1 : Op { public override int Apply(int x) { return x * 3; } }
class Op2 : Op { public override int Apply(int x) { return x - 7; } }
class Op3 : Op { public override int Apply(int x) { return x ^ 0x55; } }
class Op4 : Op { public override int Apply(int x) { return x << 1; } }
class Op5 : Op { public override int Apply(int x) { return x >> 1; } }
class Op6 : Op { public override int Apply(int x) { return -x; } }
class Op7 : Op { public override int Apply(int x) { return x % 1000; } }
class Op8 : Op { public override int Apply(int x) { return x + 12345; } }
class Op9 : Op1 { public override int Apply(int x) { return base.Apply(x) + 1; } }

static class Program
{
    static uint s_seed = 2463534242;

    static uint Next()
    {
        s_seed ^= s_seed << 13;
        s_seed ^= s_seed >> 17;
        s_seed ^= s_seed << 5;
        return s_seed;
    }

    static int ApplyDirect(int kind, int x)
    {
        switch (kind)
        {
            case 0: return x + 1;
            case 1: return x * 3;
            case 2: return x - 7;
            case 3: return x ^ 0x55;
            case 4: return x << 1;
            case 5: return x >> 1;
            case 6: return -x;
            case 7: return x % 1000;
            case 8: return x + 12345;
            default: return x * 3 + 1;
        }
    }

    static int Main()
    {
        Op[] ops = { new Op0(), new Op1(), new Op2(), new Op3(), new Op4(), new Op5(), new Op6(), new Op7(), new Op8(), new Op9() };
        int[] kinds = new int[500];
        Op[] sequence = new Op[500];
        for (int i = 0; i < sequence.Length; i++)
        {
            kinds[i] = (int)(Next() % 10);
            sequence[i] = ops[kinds[i]];
        }
        int viaVirtual = 17, viaSwitch = 17;
        for (int i = 0; i < sequence.Length; i++)
        {
            viaVirtual = sequence[i].Apply(viaVirtual);
            viaSwitch = ApplyDirect(kinds[i], viaSwitch);
            if (viaVirtual != viaSwitch) return 1;
        }
        int[] counts = new int[10];
        foreach (int k in kinds) counts[k]++;
        for (int k = 0; k < 10; k++)
            if (counts[k] < 20) return 2 + k;
        if (ops[9].Apply(5) != 16 || ((Op1)ops[9]).Apply(0) != 1) return 20;
        return 100;
    }
}
