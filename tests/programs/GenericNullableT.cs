// Checks Nullable<T> inside generic code constrained to struct: T? parameters and returns, HasValue/GetValueOrDefault on T?, lifting through a generic Map, and arrays of T? for int, double, an enum and an own struct.
enum Grade { A = 1, B, C }
struct Span2 { public int From, To; }

static class Opt
{
    public static T? FirstOrNull<T>(T[] items, int index) where T : struct
    {
        return index >= 0 && index < items.Length ? items[index] : (T?)null;
    }

    public static int CountValues<T>(T?[] items) where T : struct
    {
        int c = 0;
        foreach (T? x in items) if (x.HasValue) c++;
        return c;
    }

    public static T OrElse<T>(T? v, T fallback) where T : struct { return v ?? fallback; }

    public static object Box<T>(T? v) where T : struct { return v; }
}

static class Program
{
    static int s_i = 2;

    static int Main()
    {
        int[] ints = { 10, 20, 30 };
        if (Opt.FirstOrNull(ints, s_i) != 30 || Opt.FirstOrNull(ints, s_i + 5).HasValue) return 1;
        if (Opt.OrElse(Opt.FirstOrNull(ints, -1), -7) != -7) return 2;
        double?[] ds = { 1.5, null, 2.5, null };
        if (Opt.CountValues(ds) != 2 || Opt.OrElse(ds[1], 9.0) != 9.0) return 3;
        Grade?[] gs = new Grade?[3];
        gs[s_i] = Grade.C;
        if (Opt.CountValues(gs) != 1 || Opt.OrElse(gs[0], Grade.B) != Grade.B || gs[2].Value != Grade.C) return 4;
        Span2[] spans = { new Span2 { From = 1, To = 5 } };
        Span2? sp = Opt.FirstOrNull(spans, 0);
        if (!sp.HasValue || sp.Value.To - sp.Value.From != 4 || sp.GetValueOrDefault().From != 1) return 5;
        if (Opt.Box<int>(null) != null || !(Opt.Box<int>(5) is int) || (int)Opt.Box<int>(5) != 5) return 6;
        if (Opt.Box<Span2>(sp).GetType() != typeof(Span2)) return 7;
        return 100;
    }
}
