// Checks boxing of own structs: the box holds a copy taken at boxing time, unboxing gives another copy, a struct boxed twice gives two objects, structs with references box their references, and boxed structs in object arrays.
struct Point
{
    public int X, Y;
    public string Tag;
}

static class Program
{
    static int s_x = 3;

    static object BoxIt(Point p) { return p; }

    static int Main()
    {
        Point p = new Point { X = s_x, Y = 4, Tag = "p" };
        object box = p;
        p.X = 100;
        if (((Point)box).X != 3) return 1;
        Point q = (Point)box;
        q.Y = -1;
        if (((Point)box).Y != 4) return 2;
        object box2 = p;
        if (box == box2 || ((Point)box2).X != 100) return 3;
        object[] items = new object[5];
        for (int i = 0; i < items.Length; i++) { p.X = i; items[i] = p; }
        int sum = 0;
        foreach (object o in items) sum += ((Point)o).X;
        if (sum != 10) return 4;
        if (((Point)items[0]).Tag != "p" || (object)((Point)items[0]).Tag != (object)((Point)items[4]).Tag) return 5;
        object fromCall = BoxIt(p);
        if (!(fromCall is Point) || ((Point)fromCall).X != 4 || fromCall.GetType() != typeof(Point)) return 6;
        if (fromCall is int || fromCall is string) return 7;
        return 100;
    }
}
