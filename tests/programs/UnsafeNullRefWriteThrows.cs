// Expects an unhandled System.NullReferenceException from writing through Unsafe.NullRef<int>() returned by a lookup that found nothing; returns 100 only if nothing is thrown.
using System.Runtime.CompilerServices;

static class Program
{
    static int[] s_data = { 1, 2, 3 };
    static int s_key = 9;

    static ref int Find(int[] a, int key)
    {
        for (int i = 0; i < a.Length; i++) if (a[i] == key) return ref a[i];
        return ref Unsafe.NullRef<int>();
    }

    static int Main()
    {
        ref int hit = ref Find(s_data, 2);
        if (Unsafe.IsNullRef(ref hit) || hit != 2) return 1;
        ref int miss = ref Find(s_data, s_key);
        miss = 42;
        return 100;
    }
}
