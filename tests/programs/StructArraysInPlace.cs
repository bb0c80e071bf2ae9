// Checks arrays of structs: elements are stored inline, a[i].F++ updates in place, copying an element out gives an independent value, element-wise swaps, a particle simulation over a struct array, and arrays of structs containing references.
struct Particle
{
    public int X, V;
    public string Name;
    public void Step() { X += V; if (X < 0 || X > 100) { V = -V; X += 2 * V; } }
}

static class Program
{
    static int s_n = 8;

    static void Swap(Particle[] a, int i, int j) { Particle t = a[i]; a[i] = a[j]; a[j] = t; }

    static int Main()
    {
        Particle[] ps = new Particle[s_n];
        for (int i = 0; i < ps.Length; i++)
        {
            ps[i].X = i * 10;
            ps[i].V = i - 3;
            ps[i].Name = i % 2 == 0 ? "even" : "odd";
        }
        ps[0].X++;
        ps[0].X += 4;
        if (ps[0].X != 5) return 1;
        Particle copy = ps[1];
        copy.X = 999;
        copy.Name = "copy";
        if (ps[1].X != 10 || ps[1].Name != "odd") return 2;
        Swap(ps, 0, 7);
        if (ps[0].X != 70 || ps[7].X != 5 || ps[0].V != 4 || ps[7].Name != "even") return 3;
        for (int t = 0; t < 50; t++)
            for (int i = 0; i < ps.Length; i++) ps[i].Step();
        int sum = 0;
        foreach (Particle p in ps)
        {
            if (p.X < 0 || p.X > 100) return 4;
            sum += p.X;
        }
        if (sum != 427) return 5;
        if (ps[3].X != 30 || ps[3].V != 0) return 6;
        return 100;
    }
}
