// Checks struct locals declared in loop bodies start fresh each iteration, struct loop variables updated by value, struct accumulators, and a struct reassigned from a conditional expression.
struct Stats
{
    public int N;
    public long Sum;
    public int Min, Max;
    public void Add(int v)
    {
        if (N == 0 || v < Min) Min = v;
        if (N == 0 || v > Max) Max = v;
        N++;
        Sum += v;
    }
}

struct Step { public int Pos, Dir; }

static class Program
{
    static int s_n = 10;

    static int Main()
    {
        Stats all = new Stats();
        for (int row = 0; row < s_n; row++)
        {
            Stats r = new Stats();
            for (int c = 0; c < s_n; c++) r.Add((row * 7 + c * 3) % 11 - 5);
            if (r.N != 10) return 1;
            all.Add(r.Max);
            all.Add(r.Min);
        }
        if (all.N != 20 || all.Max != 5 || all.Min != -5) return 2;
        Step s = new Step { Pos = 0, Dir = 1 };
        for (int i = 0; i < 25; i++)
        {
            Step next = s;
            next.Pos += next.Dir;
            if (next.Pos == 7 || next.Pos == -2) next.Dir = -next.Dir;
            s = next;
        }
        if (s.Pos != 7 || s.Dir != -1) return 3;
        Stats pick = s.Pos > 2 ? all : new Stats();
        pick.Add(1000);
        if (pick.Max != 1000 || all.Max != 5 || pick.N != 21) return 4;
        Stats sum = new Stats();
        for (int i = 0; i < s_n; i++)
        {
            Stats one;
            one = new Stats();
            one.Add(i);
            sum.Sum += one.Sum;
            sum.N += one.N;
        }
        if (sum.Sum != 45 || sum.N != 10) return 5;
        return 100;
    }
}
