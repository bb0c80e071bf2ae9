// Checks an abstract class overriding a virtual method with an abstract one (re-abstraction): concrete classes below must supply it, the original base implementation stays reachable from the base class only, and abstract classes with constructors and state.
class Greeter
{
    public virtual int Greet() { return 1; }
    public int Twice() { return Greet() * 2; }
}

abstract class Formal : Greeter
{
    protected int Rank;
    protected Formal(int rank) { Rank = rank; }
    public abstract override int Greet();
    public abstract int Title { get; }
}

class Duke : Formal
{
    public Duke() : base(5) { }
    public override int Greet() { return Rank * 10 + Title; }
    public override int Title { get { return 3; } }
}

class Knight : Formal
{
    public Knight(int r) : base(r) { }
    public override int Greet() { return -Rank; }
    public override int Title { get { return Rank; } }
}

class Casual : Greeter
{
    public override int Greet() { return base.Greet() + 100; }
}

static class Program
{
    static int s_rank = 7;

    static int Main()
    {
        Greeter[] people = { new Greeter(), new Duke(), new Knight(s_rank), new Casual() };
        int[] expected = { 1, 53, -7, 101 };
        for (int i = 0; i < people.Length; i++)
        {
            if (people[i].Greet() != expected[i]) return 1 + i;
            if (people[i].Twice() != 2 * expected[i]) return 10 + i;
        }
        Formal f = new Knight(s_rank * 2);
        if (f.Greet() != -14 || f.Title != 14) return 20;
        int formals = 0;
        foreach (Greeter g in people) if (g is Formal) formals++;
        if (formals != 2) return 21;
        return 100;
    }
}
