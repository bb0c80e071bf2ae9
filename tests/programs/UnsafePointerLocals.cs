// Checks pointers to locals and to struct fields: writes through int* and long* to locals, &s.Field on a local struct, a pointer parameter used as an out value, and a pointer to a pointer. Needs -unsafe.
struct Point { public int X, Y; public long Z; }

static unsafe class Program
{
    static int s_v = 21;

    static void SetPair(int* a, int* b, int v) { *a = v; *b = v * 2; }
    static void Increment(int** pp) { (**pp)++; }

    static int Main()
    {
        int x = s_v;
        int* p = &x;
        *p = *p * 2;
        if (x != 42) return 1;
        long l = 1;
        long* lp = &l;
        *lp <<= 40;
        if (l != 1L << 40) return 2;
        Point pt = new Point { X = 1, Y = 2, Z = 3 };
        int* py = &pt.Y;
        *py = 20;
        long* pz = &pt.Z;
        *pz += s_v;
        if (pt.Y != 20 || pt.Z != 24 || pt.X != 1) return 3;
        int a, b;
        SetPair(&a, &b, s_v);
        if (a != 21 || b != 42) return 4;
        int** pp = &p;
        Increment(pp);
        Increment(&p);
        if (x != 44) return 5;
        int y = 0;
        p = &y;
        **pp = 9;
        if (y != 9 || x != 44) return 6;
        Point* ptp = &pt;
        (*ptp).X = 100;
        if (pt.X != 100) return 7;
        byte small = 200;
        byte* bp = &small;
        *bp += 100;
        if (small != 44) return 8;
        return 100;
    }
}
