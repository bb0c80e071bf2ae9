// Checks C# with-expressions on structs: the original is unchanged, several members replaced at once, chained withs, and with on a struct held in an array element and in a class field.
struct Settings
{
    public int Width;
    public int Height;
    public bool Dark;
    public string Theme;
    public int Area { get { return Width * Height; } }
}

class Window { public Settings S; }

static class Program
{
    static int s_w = 80;

    static int Main()
    {
        Settings a = new Settings { Width = s_w, Height = 24, Theme = "plain" };
        Settings b = a with { Dark = true };
        if (a.Dark || !b.Dark || b.Width != 80 || b.Theme != "plain") return 1;
        Settings c = b with { Width = 120, Height = 40, Theme = "wide" };
        if (c.Area != 4800 || b.Area != 1920 || !c.Dark) return 2;
        Settings d = a with { Width = a.Width * 2 } with { Height = 1 };
        if (d.Area != 160 || a.Area != 1920) return 3;
        Settings[] arr = { a, b };
        arr[1] = arr[0] with { Theme = "copy" };
        if (arr[1].Theme != "copy" || arr[0].Theme != "plain" || arr[1].Dark) return 4;
        Window w = new Window();
        w.S = c with { };
        w.S.Width = 1;
        if (c.Width != 120 || w.S.Width != 1 || w.S.Theme != "wide") return 5;
        return 100;
    }
}
