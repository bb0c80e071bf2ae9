// Checks passing static fields by ref (ldsflda), including fields of another static class with a static constructor.
static class Counter
{
    public static int Value;
    public static long Big;

    static Counter()
    {
        Value = 5;
        Big = 0x100000000L;
    }
}

static class Program
{
    static int s_count = 1;
    static double s_d = 2.0;
    static byte s_b = 250;

    static void Add(ref int target, int amount)
    {
        target += amount;
    }

    static void AddL(ref long target, long amount)
    {
        target += amount;
    }

    static void Square(ref double target)
    {
        target *= target;
    }

    static void AddByte(ref byte target, int amount)
    {
        target = (byte)(target + amount);
    }

    static void Transfer(ref int from, ref int to)
    {
        to += from;
        from = 0;
    }

    static int Main()
    {
        Add(ref s_count, 41);
        if (s_count != 42) return 1;
        Add(ref Counter.Value, 10);
        if (Counter.Value != 15) return 2;
        AddL(ref Counter.Big, -1);
        if (Counter.Big != 0xFFFFFFFFL) return 3;
        Square(ref s_d);
        Square(ref s_d);
        if (s_d != 16.0) return 4;
        AddByte(ref s_b, 10);
        if (s_b != 4) return 5;
        Transfer(ref s_count, ref Counter.Value);
        if (s_count != 0 || Counter.Value != 57) return 6;
        int local = 3;
        Transfer(ref Counter.Value, ref local);
        if (local != 60 || Counter.Value != 0) return 7;
        Transfer(ref s_count, ref s_count);
        if (s_count != 0) return 8;
        return 100;
    }
}
