// Checks hand-made vtables of function pointers: a struct of pointers with different signatures per "class", objects holding a pointer to their vtable, dispatch through obj->Vt->Area(obj) over an array of mixed objects in stackalloc'd memory, and overriding one slot in a copied vtable. Needs -unsafe.
unsafe struct VTable
{
    public delegate*<Obj*, int> Area;
    public delegate*<Obj*, int, void> Grow;
    public delegate*<int> Kind;
}

unsafe struct Obj
{
    public VTable* Vt;
    public int A, B;
}

static unsafe class Program
{
    static int s_n = 6;

    static int RectArea(Obj* o) => o->A * o->B;
    static void RectGrow(Obj* o, int d) { o->A += d; o->B += d; }
    static int RectKind() => 1;
    static int TriArea(Obj* o) => o->A * o->B / 2;
    static void TriGrow(Obj* o, int d) { o->A *= d; }
    static int TriKind() => 2;
    static int SquareArea(Obj* o) => o->A * o->A;
    static int SquareKind() => 3;

    static int TotalArea(Obj* objs, int n)
    {
        int s = 0;
        for (int i = 0; i < n; i++) s += objs[i].Vt->Area(&objs[i]);
        return s;
    }

    static int Main()
    {
        VTable rect = new VTable { Area = &RectArea, Grow = &RectGrow, Kind = &RectKind };
        VTable tri = new VTable { Area = &TriArea, Grow = &TriGrow, Kind = &TriKind };
        VTable square = rect;
        square.Area = &SquareArea;
        square.Kind = &SquareKind;

        int n = s_n;
        Obj* objs = stackalloc Obj[n];
        for (int i = 0; i < n; i++)
        {
            objs[i].Vt = (i % 3) switch { 0 => &rect, 1 => &tri, _ => &square };
            objs[i].A = i + 1;
            objs[i].B = i + 2;
        }
        // rect: 1*2 + 4*5 = 22; tri: 2*3/2 + 5*6/2 = 3 + 15 = 18; square: 9 + 36 = 45
        if (TotalArea(objs, n) != 85) return 1;
        int kinds = 0;
        for (int i = 0; i < n; i++) kinds = kinds * 10 + objs[i].Vt->Kind();
        if (kinds != 123123) return 2;

        for (int i = 0; i < n; i++) objs[i].Vt->Grow(&objs[i], 2);
        // rect: 3*4 + 6*7 = 54; tri: 4*3/2 + 10*6/2 = 6 + 30 = 36; square (RectGrow): 5*5 + 8*8 = 89
        if (TotalArea(objs, n) != 179) return 3;

        // Changing a slot in a vtable changes every object that uses it.
        tri.Area = &RectArea;
        if (TotalArea(objs, n) != 54 + 12 + 60 + 89) return 4;
        // Re-pointing one object at another vtable.
        objs[0].Vt = &square;
        if (objs[0].Vt->Area(&objs[0]) != 9 || objs[0].Vt->Kind() != 3) return 5;
        if (rect.Kind() != 1 || (void*)square.Grow != (void*)rect.Grow) return 6;
        return 100;
    }
}
