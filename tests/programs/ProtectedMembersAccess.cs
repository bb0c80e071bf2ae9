// Checks protected and protected internal members: a derived class reads and writes protected fields, calls protected virtual helpers overridden further down, and uses a protected static counter shared across the hierarchy.
class Machine
{
    protected int Energy;
    protected static int Started;
    protected internal int Ticks;

    protected virtual int Cost() { return 1; }

    protected void Burn(int n) { Energy -= n * Cost(); Ticks += n; }

    public Machine(int energy) { Energy = energy; Started++; }

    public int Remaining { get { return Energy; } }
    public static int StartedCount { get { return Started; } }
}

class Pump : Machine
{
    public Pump(int energy) : base(energy) { }
    public void Run(int n) { Burn(n); Energy += 1; }
    protected override int Cost() { return 3; }
}

class BigPump : Pump
{
    public BigPump(int energy) : base(energy * 2) { }
    protected override int Cost() { return base.Cost() * 2; }
    public int Drain() { int e = Energy; Energy = 0; return e; }
}

static class Program
{
    static int s_energy = 100;

    static int Main()
    {
        Pump p = new Pump(s_energy);
        p.Run(5);
        if (p.Remaining != 86 || p.Ticks != 5) return 1;
        BigPump b = new BigPump(s_energy);
        b.Run(10);
        if (b.Remaining != 141 || b.Ticks != 10) return 2;
        if (Machine.StartedCount != 2) return 3;
        if (b.Drain() != 141 || b.Remaining != 0) return 4;
        Machine m = new Machine(s_energy);
        m.Ticks = 42;
        if (m.Ticks != 42 || Machine.StartedCount != 3 || m.Remaining != 100) return 5;
        return 100;
    }
}
