// Checks a static constructor that reads another class's initialized static fields, and Program's own explicit static constructor.
static class Defaults
{
    public static int Width = 640;
    public static int Height = 480;
    public static double Scale = 1.5;
}

static class Config
{
    public static int Area;
    public static int ScaledWidth;
    public static long Pixels;

    static Config()
    {
        Area = Defaults.Width * Defaults.Height;
        ScaledWidth = (int)(Defaults.Width * Defaults.Scale);
        Pixels = (long)Area * 4;
    }
}

static class Program
{
    static int s_area;
    static bool s_ready;

    static Program()
    {
        s_area = Config.Area;
        s_ready = true;
    }

    static int Main()
    {
        if (!s_ready) return 1;
        if (s_area != 307200) return 2;
        if (Config.ScaledWidth != 960) return 3;
        if (Config.Pixels != 1228800L) return 4;
        Defaults.Width = 1;
        if (Config.Area != 307200) return 5;
        return 100;
    }
}
