// Checks a cycle between two static constructors on one thread: the inner one sees the outer class's fields as assigned so far.
static class First
{
    public static int Early;
    public static int Late;

    static First()
    {
        Early = 1;
        Late = Second.FromFirst + 100;
    }
}

static class Second
{
    public static int FromFirst;
    public static int SawLate;

    static Second()
    {
        FromFirst = First.Early + 10;
        SawLate = First.Late;
    }
}

static class Program
{
    static int Main()
    {
        int late = First.Late;
        if (late != 111) return 1;
        if (Second.FromFirst != 11) return 2;
        if (Second.SawLate != 0) return 3;
        if (First.Early != 1) return 4;
        return 100;
    }
}
