// Checks user-defined == and != and an Equals/GetHashCode override on a struct, Equals(object) with boxed arguments of the same and other types, and a search in a struct array using them.
struct Date
{
    public int Y, M, D;
    public Date(int y, int m, int d) { Y = y; M = m; D = d; }
    public static bool operator ==(Date a, Date b) { return a.Y == b.Y && a.M == b.M && a.D == b.D; }
    public static bool operator !=(Date a, Date b) { return !(a == b); }
    public static bool operator <(Date a, Date b) { return a.Key() < b.Key(); }
    public static bool operator >(Date a, Date b) { return a.Key() > b.Key(); }
    public override bool Equals(object obj) { return obj is Date other && this == other; }
    public override int GetHashCode() { return Key(); }
    int Key() { return Y * 372 + M * 31 + D; }
}

static class Program
{
    static int s_year = 2024;

    static int Main()
    {
        Date a = new Date(s_year, 2, 29);
        Date b = new Date(2024, 2, 29);
        Date c = new Date(s_year, 3, 1);
        if (!(a == b) || a != b || a == c) return 1;
        if (!(a < c) || a > c || !(c > b)) return 2;
        if (!a.Equals(b) || a.Equals(c)) return 3;
        object boxed = b;
        if (!a.Equals(boxed) || a.Equals((object)s_year) || a.Equals(null)) return 4;
        if (a.GetHashCode() != b.GetHashCode() || a.GetHashCode() == c.GetHashCode()) return 5;
        Date[] days = new Date[10];
        for (int i = 0; i < days.Length; i++) days[i] = new Date(s_year, 1 + i % 3, 10 + i);
        int found = -1;
        Date probe = new Date(2024, 3, 15);
        for (int i = 0; i < days.Length; i++) if (days[i] == probe) { found = i; break; }
        if (found != 5) return 6;
        Date min = days[0];
        foreach (Date d in days) if (d < min) min = d;
        if (min != new Date(2024, 1, 10)) return 7;
        return 100;
    }
}
