// Checks auto-properties: read-write, private setters, get-only set in the constructor, initializers, static auto-properties, and properties of struct and reference type on a class.
struct Size
{
    public int W;
    public int H;
}

class Widget
{
    public static int Created { get; private set; }
    public string Name { get; set; }
    public int Width { get; private set; }
    public int Id { get; }
    public long Weight { get; set; } = 42;
    public Size Size { get; set; }
    public Widget Parent { get; set; }
    public bool Visible { get; set; } = true;

    public Widget(string name, int width)
    {
        Created++;
        Id = Created * 10;
        Name = name;
        Width = width;
    }

    public void Grow(int by)
    {
        Width += by;
    }
}

static class Program
{
    static int s_w = 30;

    static int Main()
    {
        Widget a = new Widget("a", s_w);
        Widget b = new Widget("b", s_w * 2);
        if (Widget.Created != 2) return 1;
        if (a.Id != 10 || b.Id != 20) return 2;
        if (a.Name != "a" || b.Width != 60) return 3;
        if (a.Weight != 42 || !a.Visible) return 4;
        a.Grow(5);
        a.Grow(s_w);
        if (a.Width != 65 || b.Width != 60) return 5;
        a.Weight *= 3;
        a.Visible = false;
        if (a.Weight != 126 || b.Weight != 42 || a.Visible || !b.Visible) return 6;
        Size s = new Size();
        s.W = 3;
        s.H = 4;
        a.Size = s;
        s.W = 100;
        if (a.Size.W != 3 || a.Size.H != 4) return 7;
        b.Parent = a;
        b.Parent.Name = "renamed";
        if (a.Name != "renamed" || a.Parent != null) return 8;
        Size copy = b.Parent.Size;
        copy.H = 99;
        if (a.Size.H != 4) return 9;
        return 100;
    }
}
