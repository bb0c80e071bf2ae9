// Checks a static constructor that creates instances of its own class (a singleton and a small cache of preset objects), instances created during the cctor seeing static state set so far, and instance counting across it.
class Config
{
    public static int Created;
    public static readonly Config Instance;
    public static readonly Config[] Presets;
    public int Order;
    public int Level;
    public Config Fallback;

    static Config()
    {
        Instance = new Config(5);
        Presets = new Config[3];
        for (int i = 0; i < 3; i++)
        {
            Presets[i] = new Config(i * 2);
            Presets[i].Fallback = Instance;
        }
    }

    Config(int level)
    {
        Created++;
        Order = Created;
        Level = level;
    }

    public static Config Make(int level) { return new Config(level); }
}

static class Program
{
    static int s_level = 9;

    static int Main()
    {
        Config c = Config.Make(s_level);
        if (Config.Created != 5) return 1;
        if (c.Order != 5 || c.Level != 9 || c.Fallback != null) return 2;
        if (Config.Instance.Order != 1 || Config.Instance.Level != 5) return 3;
        if (Config.Presets[2].Level != 4 || Config.Presets[2].Order != 4) return 4;
        if (Config.Presets[0].Fallback != Config.Instance || Config.Presets[1].Fallback != Config.Presets[2].Fallback) return 5;
        if (Config.Instance.Fallback != null) return 6;
        return 100;
    }
}
