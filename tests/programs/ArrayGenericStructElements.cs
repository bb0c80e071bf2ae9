// Checks arrays whose elements are generic structs and nullables: KeyValue<K, V>[] with reference and value parts, Nullable<int>[] and Nullable<struct>[], element-wise updates and scans.
struct KeyValue<K, V>
{
    public K Key;
    public V Value;
    public KeyValue(K k, V v) { Key = k; Value = v; }
}

struct Span { public int From, To; }

static class Program
{
    static int s_n = 8;

    static int Main()
    {
        KeyValue<string, int>[] kv = new KeyValue<string, int>[s_n];
        for (int i = 0; i < kv.Length; i++) kv[i] = new KeyValue<string, int>(i % 2 == 0 ? "even" : "odd", i);
        int evens = 0;
        foreach (KeyValue<string, int> e in kv) if (e.Key == "even") evens += e.Value;
        if (evens != 12) return 1;
        kv[3].Value += 100;
        if (kv[3].Value != 103 || kv[3].Key != "odd") return 2;
        KeyValue<int, KeyValue<long, string>>[] nested = new KeyValue<int, KeyValue<long, string>>[2];
        nested[1].Value.Value = "deep";
        nested[1].Value.Key = -5;
        if (nested[1].Value.Value != "deep" || nested[0].Value.Value != null || nested[1].Value.Key != -5) return 3;
        int?[] maybe = new int?[s_n];
        for (int i = 0; i < s_n; i += 3) maybe[i] = i;
        int present = 0, sum = 0;
        foreach (int? m in maybe) if (m.HasValue) { present++; sum += m.Value; }
        if (present != 3 || sum != 9) return 4;
        Span?[] spans = new Span?[3];
        spans[1] = new Span { From = 2, To = 5 };
        if (spans[0].HasValue || spans[1].Value.To != 5) return 5;
        return 100;
    }
}
