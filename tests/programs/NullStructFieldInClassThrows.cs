// Expects an unhandled System.NullReferenceException from incrementing a field of a struct held in a field of a null object; returns 100 only if nothing is thrown.
struct Counter { public int N; }
class Holder { public Counter C; }

static class Program
{
    static Holder s_holder = null;

    static int Main()
    {
        Holder h = new Holder();
        h.C.N++;
        if (h.C.N != 1 || s_holder != null) return 1;
        s_holder.C.N++;
        return 100;
    }
}
