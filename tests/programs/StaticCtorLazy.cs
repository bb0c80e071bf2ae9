// Checks an explicit static constructor runs exactly once, at the first access (field read, field write or method call), not earlier.
static class Log
{
    public static int Value;
}

static class ByRead
{
    public static int X;

    static ByRead()
    {
        Log.Value = Log.Value * 10 + 1;
        X = 42;
    }
}

static class ByWrite
{
    public static int Y;

    static ByWrite()
    {
        Log.Value = Log.Value * 10 + 2;
        Y = 7;
    }
}

static class ByCall
{
    static int s_calls;

    static ByCall()
    {
        Log.Value = Log.Value * 10 + 3;
    }

    public static int Call()
    {
        s_calls++;
        return s_calls;
    }
}

static class Program
{
    static int s_touch;

    static int Main()
    {
        if (Log.Value != 0) return 1;
        Log.Value = 5;
        s_touch = 1;
        if (Log.Value != 5) return 2;
        int x = ByRead.X;
        if (x != 42 || Log.Value != 51) return 3;
        x = ByRead.X;
        if (Log.Value != 51) return 4;
        ByWrite.Y = 9;
        if (Log.Value != 512) return 5;
        if (ByWrite.Y != 9) return 6;
        if (ByCall.Call() != 1) return 7;
        if (Log.Value != 5123) return 8;
        if (ByCall.Call() != 2 || Log.Value != 5123) return 9;
        if (s_touch != 1) return 10;
        return 100;
    }
}
