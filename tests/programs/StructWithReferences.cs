// Checks structs containing references: copying the struct shares the referenced objects and arrays, replacing a reference in a copy leaves the original, and a struct of references stored in class fields and arrays.
class Node { public int Value; }

struct Handle
{
    public Node Target;
    public int[] Buffer;
    public string Label;
    public int Local;
}

class Owner
{
    public Handle H;
}

static class Program
{
    static int s_v = 9;

    static void Poke(Handle h) { h.Target.Value++; h.Buffer[0]++; h.Local++; h.Label = "changed"; }

    static int Main()
    {
        Handle a = new Handle { Target = new Node { Value = s_v }, Buffer = new int[2], Label = "a", Local = 1 };
        Handle b = a;
        b.Target.Value = 20;
        b.Buffer[1] = 7;
        b.Local = 2;
        b.Label = "b";
        if (a.Target.Value != 20 || a.Buffer[1] != 7 || a.Local != 1 || a.Label != "a") return 1;
        b.Target = new Node { Value = 30 };
        if (a.Target.Value != 20 || b.Target.Value != 30) return 2;
        Poke(a);
        if (a.Target.Value != 21 || a.Buffer[0] != 1 || a.Local != 1 || a.Label != "a") return 3;
        Owner o = new Owner();
        o.H = a;
        o.H.Target.Value = 0;
        o.H.Local = 50;
        if (a.Target.Value != 0 || a.Local != 1) return 4;
        Handle[] hs = new Handle[3];
        for (int i = 0; i < hs.Length; i++) { hs[i] = a; hs[i].Local = i; }
        hs[2].Buffer[0] = 77;
        if (a.Buffer[0] != 77 || hs[0].Buffer[0] != 77 || hs[1].Local != 1) return 5;
        hs[1].Buffer = new int[1];
        if (hs[0].Buffer.Length != 2 || hs[1].Buffer.Length != 1) return 6;
        Handle empty = new Handle();
        if (empty.Target != null || empty.Buffer != null || empty.Label != null) return 7;
        return 100;
    }
}
