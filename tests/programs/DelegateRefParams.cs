// Checks custom delegate types with byref parameters and returns: ref int, out int and in parameters through static, instance and lambda targets, a ref struct argument, and a delegate returning a ref to a field that is written through.
struct Acc { public int Total; public int Count; }

delegate void RefStep(ref int x);
delegate bool TryParseDigit(char c, out int value);
delegate int ReadIn(in Acc a);
delegate void AddTo(ref Acc a, int v);
delegate ref int RefGetter();

class Cell
{
    public int Value;
    public ref int Ref() { return ref Value; }
}

static class Program
{
    static int s_v = 6;
    static int s_field;

    static void Double(ref int x) { x *= 2; }
    static bool Digit(char c, out int value) { if (c >= '0' && c <= '9') { value = c - '0'; return true; } value = -1; return false; }
    static int Avg(in Acc a) { return a.Count == 0 ? 0 : a.Total / a.Count; }
    static void Add(ref Acc a, int v) { a.Total += v; a.Count++; }
    static ref int StaticRef() { return ref s_field; }

    static int Main()
    {
        int x = s_v;
        RefStep step = Double;
        step(ref x); step(ref x);
        if (x != 24) return 1;
        RefStep inc = (ref int y) => y++;
        inc(ref x);
        if (x != 25) return 2;
        int[] arr = { 1, 2, 3 };
        step(ref arr[1]);
        if (arr[1] != 4) return 3;
        TryParseDigit digit = Digit;
        int d;
        if (!digit('7', out d) || d != 7) return 4;
        if (digit('x', out d) || d != -1) return 5;
        string text = "4a19";
        int sum = 0;
        for (int i = 0; i < text.Length; i++) if (digit(text[i], out int v)) sum += v;
        if (sum != 14) return 6;
        AddTo add = Add;
        Acc acc = new Acc();
        for (int i = 1; i <= s_v; i++) add(ref acc, i * 10);
        if (acc.Total != 210 || acc.Count != 6) return 7;
        ReadIn avg = Avg;
        if (avg(in acc) != 35) return 8;
        Cell cell = new Cell();
        RefGetter get = cell.Ref;
        get() = 5;
        get() += s_v;
        if (cell.Value != 11) return 9;
        RefGetter sget = StaticRef;
        ref int r = ref sget();
        r = 77;
        if (s_field != 77) return 10;
        return 100;
    }
}
