// Checks Delegate.Remove and -= with a multicast delegate as the value to remove: a contiguous sub-list is removed (the last matching run), a non-contiguous one is not, and removing a whole list from itself gives null.
static class Program
{
    public static int Order;
    static int s_seed = 1;

    static void One() { Order = Order * 10 + 1; }
    static void Two() { Order = Order * 10 + 2; }
    static void Three() { Order = Order * 10 + 3; }

    static int Run(System.Action a) { Order = 0; if (a is not null) a(); return Order; }

    static int Main()
    {
        System.Action oneTwo = One;
        oneTwo += Two;
        System.Action all = One;
        all += Two;
        all += Three;
        all += One;
        all += Two;
        if (Run(all) != 12312) return 1;
        System.Action fewer = all - oneTwo;
        if (Run(fewer) != 123) return 2;
        System.Action twoOne = Two;
        twoOne += One;
        if (Run(all - twoOne) != 12312) return 3;
        System.Action oneThree = One;
        oneThree += Three;
        if (Run((System.Action)System.Delegate.Remove(all, oneThree)) != 12312) return 4;
        System.Action twoThree = Two;
        twoThree += Three;
        if (Run((System.Action)System.Delegate.Remove(all, twoThree)) != 112) return 5;
        System.Action copy = all;
        copy -= all;
        if (copy is not null) return 6;
        if (Run(all) != 12312) return 7;
        System.Action built = null;
        for (int i = 0; i < 3 + s_seed; i++) built += (i % 2 == 0) ? (System.Action)One : Two;
        built -= oneTwo;
        if (Run(built) != 12) return 8;
        return 100;
    }
}
