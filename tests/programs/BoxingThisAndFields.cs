// Checks boxing this inside struct methods (a copy of the current state), boxed values stored in static and instance object fields, and re-reading and replacing them.
struct Counter
{
    public int N;
    public object Snapshot() { return this; }
    public object IncAndSnapshot() { N++; object o = this; N += 10; return o; }
}

class Store
{
    public static object Shared;
    public object Mine;
}

static class Program
{
    static int s_n = 4;

    static int Main()
    {
        Counter c = new Counter { N = s_n };
        object s1 = c.Snapshot();
        c.N = 50;
        if (((Counter)s1).N != 4) return 1;
        object s2 = c.IncAndSnapshot();
        if (((Counter)s2).N != 51 || c.N != 61) return 2;
        Store.Shared = c;
        Store st = new Store { Mine = s_n * 2.5 };
        c.N = 0;
        if (((Counter)Store.Shared).N != 61 || (double)st.Mine != 10.0) return 3;
        Store.Shared = st.Mine;
        st.Mine = 'x';
        if ((double)Store.Shared != 10.0 || (char)st.Mine != 'x') return 4;
        Counter[] arr = new Counter[3];
        arr[1].N = 7;
        object fromElement = arr[1].Snapshot();
        arr[1].N = 8;
        if (((Counter)fromElement).N != 7) return 5;
        return 100;
    }
}
