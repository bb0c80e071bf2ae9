// Checks removing from multicast delegates with -= and Delegate.Remove: the last occurrence of a target goes, removing an absent target changes nothing, removing every target leaves null (?.Invoke then does nothing), and removing instance-method targets compares the target object.
class Tagger
{
    public int Digit;
    public Tagger(int d) { Digit = d; }
    public void Mark() { Program.Order = Program.Order * 10 + Digit; }
}

static class Program
{
    public static int Order;
    static int s_four = 4;

    static void One() { Order = Order * 10 + 1; }
    static void Two() { Order = Order * 10 + 2; }
    static void Three() { Order = Order * 10 + 3; }

    static int Main()
    {
        System.Action a = One;
        a += Two;
        a += One;
        a += Three;
        a -= One;
        a();
        if (Order != 123) return 1;
        Order = 0;
        a -= Two;
        a();
        if (Order != 13) return 2;
        Order = 0;
        a -= Two;
        a();
        if (Order != 13) return 3;
        Order = 0;
        a = (System.Action)System.Delegate.Remove(a, (System.Action)Three);
        a();
        if (Order != 1) return 4;
        a -= One;
        if (a is not null) return 5;
        Order = 0;
        a?.Invoke();
        if (Order != 0) return 6;
        Tagger t1 = new Tagger(s_four);
        Tagger t2 = new Tagger(s_four + 1);
        System.Action m = t1.Mark;
        m += t2.Mark;
        m += t1.Mark;
        m -= t2.Mark;
        m();
        if (Order != 44) return 7;
        Order = 0;
        m -= new Tagger(s_four).Mark;
        m();
        if (Order != 44) return 8;
        Order = 0;
        m -= t1.Mark;
        m();
        if (Order != 4) return 9;
        return 100;
    }
}
