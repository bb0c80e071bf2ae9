// The program whose first line is timed: the classic one, through the real framework's Console.
static class Hello
{
    static void Main() => System.Console.WriteLine("Hello, World!");
}
