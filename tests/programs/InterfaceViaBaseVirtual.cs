// Checks an interface implemented by a base class's virtual (and abstract) methods: derived overrides are what interface calls reach, a derived class inherits the interface, and a sealed override ends the chain.
interface IScore { int Score(int x); int Bonus { get; } }

abstract class Player : IScore
{
    public virtual int Score(int x) { return x + Bonus; }
    public abstract int Bonus { get; }
}

class Rookie : Player
{
    public override int Bonus { get { return 1; } }
}

class Veteran : Player
{
    public override int Score(int x) { return base.Score(x) * 2; }
    public override int Bonus { get { return 5; } }
}

class Legend : Veteran
{
    public sealed override int Score(int x) { return base.Score(x) + 1000; }
}

static class Program
{
    static int s_x = 10;

    static int Main()
    {
        IScore[] team = { new Rookie(), new Veteran(), new Legend() };
        int[] expected = { 11, 30, 1030 };
        for (int i = 0; i < team.Length; i++)
            if (team[i].Score(s_x) != expected[i]) return 1 + i;
        if (team[2].Bonus != 5) return 4;
        int total = 0;
        for (int round = 1; round <= 4; round++)
            foreach (IScore s in team) total += s.Score(round);
        // Rookie: r+1, Veteran: 2(r+5), Legend: 2(r+5)+1000, r = 1..4
        if (total != 14 + 60 + 4060) return 5;
        return 100;
    }
}
