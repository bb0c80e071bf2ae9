// Checks hand-written properties: clamping setters, computed getters, a setter that updates two fields, static properties with backing fields, and compound assignment through a property (get then set).
class Thermostat
{
    int _tenths;
    int _sets;
    static int s_limit = 350;

    public static int Limit
    {
        get { return s_limit; }
        set { s_limit = value < 0 ? 0 : value; }
    }

    public int Tenths
    {
        get { return _tenths; }
        set
        {
            _sets++;
            _tenths = value > s_limit ? s_limit : (value < -s_limit ? -s_limit : value);
        }
    }

    public int Whole { get { return _tenths / 10; } }

    public int Fahrenheit10
    {
        get { return _tenths * 9 / 5 + 320; }
        set { Tenths = (value - 320) * 5 / 9; }
    }

    public int Sets { get { return _sets; } }
}

static class Program
{
    static int s_in = 215;

    static int Main()
    {
        Thermostat t = new Thermostat();
        t.Tenths = s_in;
        if (t.Tenths != 215 || t.Whole != 21) return 1;
        if (t.Fahrenheit10 != 707) return 2;
        t.Tenths = s_in * 10;
        if (t.Tenths != 350) return 3;
        t.Tenths = -s_in * 10;
        if (t.Tenths != -350 || t.Whole != -35) return 4;
        t.Fahrenheit10 = 320 + 9 * s_in / 5 * 0 + 180;
        if (t.Tenths != 100) return 5;
        t.Tenths += 15;
        t.Tenths++;
        if (t.Tenths != 116) return 6;
        if (t.Sets != 6) return 7;
        Thermostat.Limit = -4;
        if (Thermostat.Limit != 0) return 8;
        t.Tenths = 5;
        if (t.Tenths != 0) return 9;
        Thermostat.Limit = 1000;
        t.Tenths = 999;
        if (t.Tenths != 999 || t.Sets != 8) return 10;
        return 100;
    }
}
