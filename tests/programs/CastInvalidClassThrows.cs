// Expects an unhandled System.InvalidCastException from casting a base-class reference to a sibling derived class; returns 100 only if nothing is thrown.
class Animal { public int Legs = 4; }
class Dog : Animal { public bool Barks = true; }
class Cat : Animal { public bool Purrs = true; }

static class Program
{
    static int s_pick = 1;
    static bool s_sink;

    static Animal Make(int k) { return k == 0 ? new Dog() : new Cat(); }

    static int Main()
    {
        if (!((Dog)Make(0)).Barks || !((Cat)Make(1)).Purrs) return 1;
        if (Make(s_pick) is Dog) return 2;
        Dog d = (Dog)Make(s_pick);
        s_sink = d.Barks;
        return 100;
    }
}
