// Checks foreach over spans: over Span<int>, ReadOnlySpan<char> from a string, a slice, a stackalloc'd span, and foreach with a ref iteration variable that writes back into the array, over a span of structs.
using System;

struct Item { public int Qty; public int Price; }

static class Program
{
    static int[] s_data = { 4, 8, 15, 16, 23, 42 };
    static string s_text = "span-foreach";

    static int Main()
    {
        int sum = 0;
        foreach (int x in new Span<int>(s_data)) sum += x;
        if (sum != 108) return 1;
        int dashes = 0, letters = 0;
        foreach (char c in s_text.AsSpan()) { if (c == '-') dashes++; else letters++; }
        if (dashes != 1 || letters != 11) return 2;
        int evens = 0;
        foreach (int x in new ReadOnlySpan<int>(s_data).Slice(2, 3)) if ((x & 1) == 0) evens++;
        if (evens != 1) return 3;
        Span<int> scratch = stackalloc int[5];
        for (int i = 0; i < scratch.Length; i++) scratch[i] = s_data[i] * 2;
        int last = 0, count = 0;
        foreach (int x in scratch) { last = x; count++; }
        if (last != 46 || count != 5) return 4;
        int[] copy = new int[3];
        foreach (ref int r in new Span<int>(copy)) r = 9;
        if (copy[0] != 9 || copy[2] != 9) return 5;
        Item[] items = new Item[4];
        for (int i = 0; i < items.Length; i++) items[i] = new Item { Qty = i + 1, Price = 10 * (i + 1) };
        foreach (ref Item it in new Span<Item>(items)) it.Price += it.Qty;
        if (items[3].Price != 44 || items[0].Price != 11) return 6;
        int total = 0;
        foreach (ref readonly Item it in new ReadOnlySpan<Item>(items)) total += it.Qty * it.Price;
        if (total != 11 + 44 + 99 + 176) return 7;
        int iterations = 0;
        foreach (int x in Span<int>.Empty) iterations += x + 1;
        if (iterations != 0) return 8;
        return 100;
    }
}
