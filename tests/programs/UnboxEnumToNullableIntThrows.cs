// Expects an unhandled System.InvalidCastException from unboxing a boxed enum to Nullable<int> (plain unboxing to int is allowed, unboxing to Nullable of the underlying type is not); returns 100 only if nothing is thrown.
enum Color { Red = 1, Green = 2 }

static class Program
{
    static int s_one = 1;
    static int? s_sink;

    static int Main()
    {
        object boxed = (Color)(s_one + 1);
        if ((int)boxed != 2) return 1;
        int? same = (int?)(object)(s_one + 1);
        if (same != 2) return 2;
        s_sink = (int?)boxed;
        return 100;
    }
}
