// Checks switch statements over types: case T x clauses in order, when guards, a case null, a default, fall-through to a later more general case, and switches over objects of value and reference types.
class Animal { public int Legs; }
class Dog : Animal { public bool Good = true; }
class Spider : Animal { }

static class Program
{
    static int s_legs = 8;

    static int Classify(object o)
    {
        switch (o)
        {
            case null:
                return 0;
            case Dog d when !d.Good:
                return 1;
            case Dog d:
                return 2 + d.Legs;
            case Spider s when s.Legs == 8:
                return 30;
            case Animal a:
                return 40 + a.Legs;
            case int i when i < 0:
                return 50;
            case int i:
                return 60 + i;
            case string str:
                return 70 + str.Length;
            case int[] arr:
                return 80 + arr.Length;
            default:
                return 99;
        }
    }

    static int Main()
    {
        object[] inputs =
        {
            null, new Dog { Good = false }, new Dog { Legs = 4 }, new Spider { Legs = s_legs }, new Spider { Legs = 6 },
            new Animal { Legs = 2 }, -5, 5, "four", new int[3], 2.5, new object(),
        };
        int[] expected = { 0, 1, 6, 30, 46, 42, 50, 65, 74, 83, 99, 99 };
        for (int i = 0; i < inputs.Length; i++)
            if (Classify(inputs[i]) != expected[i]) return 1 + i;
        return 100;
    }
}
