// Checks Nullable<T> basics: HasValue, Value, GetValueOrDefault with and without a fallback, ??, conversions from T, comparisons with null, and nullable fields and array elements starting empty.
struct Pt { public int X; }

class Record
{
    public int? Age;
    public Pt? Where;
}

static class Program
{
    static int s_v = 21;

    static int? Parse(string s)
    {
        if (string.IsNullOrEmpty(s)) return null;
        int v = 0;
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] < '0' || s[i] > '9') return null;
            v = v * 10 + (s[i] - '0');
        }
        return v;
    }

    static int Main()
    {
        int? a = s_v;
        int? n = null;
        if (!a.HasValue || a.Value != 21 || n.HasValue) return 1;
        if (n.GetValueOrDefault() != 0 || n.GetValueOrDefault(-1) != -1 || a.GetValueOrDefault(-1) != 21) return 2;
        if ((n ?? 5) != 5 || (a ?? 5) != 21) return 3;
        if (a == null || !(n == null) || n != null) return 4;
        if (Parse("1234") != 1234 || Parse("12x") != null || Parse("") != null || Parse(null).HasValue) return 5;
        Record r = new Record();
        if (r.Age.HasValue || r.Where.HasValue) return 6;
        r.Age = s_v;
        r.Where = new Pt { X = 9 };
        if (r.Age != 21 || r.Where.Value.X != 9) return 7;
        long?[] arr = new long?[4];
        arr[2] = 1L << 40;
        int set = 0;
        foreach (long? x in arr) if (x.HasValue) set++;
        if (set != 1 || arr[2] != 1L << 40) return 8;
        int? chained = n ?? Parse("x") ?? Parse("77");
        if (chained != 77) return 9;
        return 100;
    }
}
