// Checks structs nested four levels deep: writing the innermost field through a path of fields on a local, an array element and a class field, copying at each level, and a method called on an inner struct.
struct L3 { public int V; public void Add(int k) { V += k; } }
struct L2 { public L3 A; public L3 B; }
struct L1 { public L2 X; public long Pad; public L2 Y; }
struct L0 { public L1 Top; public byte Tag; }

class Root { public L0 Data; }

static class Program
{
    static int s_k = 5;

    static int Sum(L0 z) { return z.Top.X.A.V + z.Top.X.B.V + z.Top.Y.A.V + z.Top.Y.B.V; }

    static int Main()
    {
        L0 z = new L0();
        z.Top.X.A.V = s_k;
        z.Top.Y.B.Add(s_k * 2);
        z.Top.Pad = -1;
        z.Tag = 0xEE;
        if (Sum(z) != 15 || z.Top.Pad != -1 || z.Tag != 0xEE) return 1;
        L1 mid = z.Top;
        mid.X.A.V = 100;
        if (z.Top.X.A.V != 5) return 2;
        L0[] arr = new L0[2];
        arr[1].Top.Y.A.Add(7);
        arr[1].Top.Y.A.Add(s_k);
        if (arr[1].Top.Y.A.V != 12 || Sum(arr[0]) != 0) return 3;
        Root r = new Root();
        r.Data = z;
        r.Data.Top.X.B.Add(1);
        r.Data.Top.X = mid.X;
        if (Sum(r.Data) != 100 + 0 + 0 + 10) return 4;
        if (Sum(z) != 15) return 5;
        L2 inner = r.Data.Top.Y;
        inner.B.V = -10;
        if (r.Data.Top.Y.B.V != 10) return 6;
        return 100;
    }
}
