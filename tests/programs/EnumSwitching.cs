// Checks switching on enums: a switch statement with fall-through groups and a default, a switch expression with a discard arm, enum-valued state machine transitions, and values not named by any member.
enum Light { Red, RedAmber, Green, Amber, Off = 10 }
enum Dir : byte { N, E, S, W }

static class Program
{
    static int s_steps = 10;

    static Light Next(Light l)
    {
        switch (l)
        {
            case Light.Red: return Light.RedAmber;
            case Light.RedAmber: return Light.Green;
            case Light.Green: return Light.Amber;
            case Light.Amber: return Light.Red;
            default: return Light.Off;
        }
    }

    static int Seconds(Light l)
    {
        return l switch
        {
            Light.Red => 30,
            Light.RedAmber or Light.Amber => 3,
            Light.Green => 25,
            _ => 0,
        };
    }

    static Dir Turn(Dir d, bool right) { return (Dir)(((int)d + (right ? 1 : 3)) % 4); }

    static int Main()
    {
        Light l = Light.Red;
        int total = 0;
        for (int i = 0; i < s_steps; i++) { total += Seconds(l); l = Next(l); }
        // two full cycles (61 s each) then Red, RedAmber
        if (total != 2 * 61 + 33 || l != Light.Green) return 1;
        if (Next(Light.Off) != Light.Off || Next((Light)7) != Light.Off) return 2;
        if (Seconds((Light)42) != 0 || Seconds(Light.Off) != 0) return 3;
        Dir d = Dir.N;
        int x = 0, y = 0;
        string path = "RFFLFFRRFLF";
        foreach (char c in path)
        {
            if (c == 'R') d = Turn(d, true);
            else if (c == 'L') d = Turn(d, false);
            else
            {
                switch (d)
                {
                    case Dir.N: y++; break;
                    case Dir.S: y--; break;
                    case Dir.E: x++; break;
                    case Dir.W: x--; break;
                }
            }
        }
        if (x != 3 || y != 1 || d != Dir.E) return 4;
        return 100;
    }
}
