// Checks multicast delegates: += appends and the targets run in order (recorded as digits), Delegate.Combine of two lists, a list containing the same method twice, static and instance targets mixed, and a multicast Func returns the last target's result while every target runs.
class Tagger
{
    public int Digit;
    public Tagger(int d) { Digit = d; }
    public void Mark() { Program.Order = Program.Order * 10 + Digit; }
    public int Value() { Program.Order = Program.Order * 10 + Digit; return Digit * 11; }
}

static class Program
{
    public static int Order;
    static int s_three = 3;

    static void One() { Order = Order * 10 + 1; }
    static void Two() { Order = Order * 10 + 2; }
    static int RetFive() { Order = Order * 10 + 5; return 5; }
    static void AddArg(int x) { Order = Order * 10 + x; }

    static int Main()
    {
        System.Action a = One;
        a += Two;
        a += new Tagger(s_three).Mark;
        a();
        if (Order != 123) return 1;
        Order = 0;
        a += One;
        a();
        if (Order != 1231) return 2;
        Order = 0;
        System.Action b = Two;
        b += Two;
        System.Action both = (System.Action)System.Delegate.Combine(b, a);
        both();
        if (Order != 221231) return 3;
        Order = 0;
        a();
        if (Order != 1231) return 4;
        Order = 0;
        System.Func<int> f = RetFive;
        f += new Tagger(7).Value;
        f += new Tagger(s_three).Value;
        int last = f();
        if (last != 33 || Order != 573) return 5;
        Order = 0;
        System.Action<int> withArg = AddArg;
        withArg += x => AddArg(x + 1);
        withArg += AddArg;
        withArg(s_three);
        if (Order != 343) return 6;
        Order = 0;
        System.Action fromNull = null;
        fromNull += Two;
        fromNull += One;
        fromNull();
        if (Order != 21) return 7;
        Order = 0;
        System.Action c = (System.Action)System.Delegate.Combine(null, fromNull);
        c = (System.Action)System.Delegate.Combine(c, null);
        c();
        if (Order != 21) return 8;
        Order = 0;
        System.Action grown = null;
        for (int i = 1; i <= 4; i++) { int k = i; grown += () => Order = Order * 10 + k; }
        grown();
        if (Order != 1234) return 9;
        return 100;
    }
}
