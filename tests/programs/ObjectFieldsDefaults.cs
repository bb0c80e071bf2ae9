// Checks that a new object's fields start zeroed whatever their type (enum, struct, nested struct, array, string, object, nullable), also for objects allocated repeatedly in a loop after others were written.
enum Color : byte { Black, Red, Green }

struct Point
{
    public int X;
    public int Y;
}

struct Line
{
    public Point A;
    public Point B;
    public string Label;
}

class Holder
{
    public Color Color;
    public Point P;
    public Line L;
    public int[] Numbers;
    public string Name;
    public Holder Next;
    public int? Maybe;
    public long Big;
    public double Real;
}

static class Program
{
    static int s_count = 50;

    static int Main()
    {
        Holder previous = null;
        for (int i = 0; i < s_count; i++)
        {
            Holder h = new Holder();
            if (h.Color != Color.Black) return 1;
            if (h.P.X != 0 || h.P.Y != 0) return 2;
            if (h.L.A.X != 0 || h.L.B.Y != 0 || h.L.Label != null) return 3;
            if (h.Numbers != null || h.Name != null || h.Next != null) return 4;
            if (h.Maybe.HasValue) return 5;
            if (h.Big != 0 || h.Real != 0.0) return 6;
            // Dirty the object so that a recycled allocation would show.
            h.Color = Color.Green;
            h.P.X = i + 1;
            h.L.B.Y = -i - 1;
            h.L.A.X = 5;
            h.L.Label = "used";
            h.Numbers = new int[i + 1];
            h.Name = "n";
            h.Maybe = i;
            h.Big = -1;
            h.Real = 2.5;
            h.Next = previous;
            previous = h;
        }
        int n = 0;
        long sum = 0;
        for (Holder h = previous; h != null; h = h.Next)
        {
            n++;
            sum += h.P.X + h.L.B.Y + h.Numbers.Length + h.Maybe.Value;
        }
        if (n != s_count) return 7;
        // P.X + L.B.Y cancels; Numbers.Length sums 1..50, Maybe sums 0..49.
        if (sum != 1275 + 1225) return 8;
        int[] fresh = new int[s_count];
        for (int i = 0; i < fresh.Length; i++)
            if (fresh[i] != 0) return 9;
        Line[] lines = new Line[3];
        if (lines[2].Label != null || lines[1].A.Y != 0) return 10;
        return 100;
    }
}
