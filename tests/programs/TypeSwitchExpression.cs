// Checks switch expressions over types with a discard arm: type patterns, property patterns, relational patterns on extracted values, and/or/not combinators, and nested switch expressions.
abstract class Token { }
class Num : Token { public int Value; }
class Op : Token { public char Symbol; }
class Paren : Token { public bool Open; }

static class Program
{
    static int s_v = 12;

    static int Weight(Token t) => t switch
    {
        Num { Value: < 0 } => -1,
        Num { Value: 0 } => 0,
        Num { Value: >= 1 and <= 9 } => 1,
        Num n => n.Value > 99 ? 3 : 2,
        Op { Symbol: '+' or '-' } => 10,
        Op { Symbol: '*' or '/' } => 20,
        Op => 30,
        Paren p => p.Open ? 40 : 41,
        null => -100,
        _ => -99,
    };

    static string Kind(object o) => o switch
    {
        Token t => t switch { Num => "num", Op => "op", _ => "token" },
        string s when s.Length == 0 => "empty",
        string => "string",
        not null => "other",
        _ => "null",
    };

    static int Main()
    {
        Token[] toks =
        {
            new Num { Value = -4 }, new Num { Value = 0 }, new Num { Value = 7 }, new Num { Value = s_v }, new Num { Value = 1000 },
            new Op { Symbol = '-' }, new Op { Symbol = '/' }, new Op { Symbol = '^' }, new Paren { Open = true }, new Paren(), null,
        };
        int[] expected = { -1, 0, 1, 2, 3, 10, 20, 30, 40, 41, -100 };
        for (int i = 0; i < toks.Length; i++) if (Weight(toks[i]) != expected[i]) return 1 + i;
        if (Kind(toks[0]) != "num" || Kind(toks[5]) != "op" || Kind(toks[8]) != "token") return 20;
        if (Kind("") != "empty" || Kind("x") != "string" || Kind(s_v) != "other" || Kind(null) != "null") return 21;
        return 100;
    }
}
