// Checks extension methods used as delegates: the delegate is closed over the receiver (a string, a class instance, an array), the receiver is captured when the delegate is made, and generic extension methods bound to a given instantiation.
class Node { public int Value; public Node Next; }

static class Ext
{
    public static int CountOf(this string s, char c) { int n = 0; for (int i = 0; i < s.Length; i++) if (s[i] == c) n++; return n; }
    public static string Repeat(this string s) { return s + s; }
    public static int SumFrom(this Node n, int start) { int r = start; for (Node p = n; p != null; p = p.Next) r += p.Value; return r; }
    public static T First<T>(this T[] items) { return items[0]; }
    public static int Bump(this Node n) { n.Value++; return n.Value; }
}

static class Program
{
    static string s_text = "banana";

    static int Main()
    {
        System.Func<char, int> count = s_text.CountOf;
        if (count('a') != 3 || count('n') != 2 || count('z') != 0) return 1;
        System.Func<string> rep = s_text.Repeat;
        s_text = "x";
        if (rep() != "bananabanana") return 2;
        System.Func<string> rep2 = s_text.Repeat;
        if (rep2() != "xx") return 3;
        Node list = new Node { Value = 1, Next = new Node { Value = 2, Next = new Node { Value = 3 } } };
        System.Func<int, int> sum = list.SumFrom;
        if (sum(10) != 16) return 4;
        list.Next.Value = 20;
        if (sum(0) != 24) return 5;
        int[] nums = { 5, 6 };
        System.Func<int> first = nums.First;
        nums[0] = 9;
        if (first() != 9) return 6;
        string[] words = { "w", "v" };
        System.Func<string> firstWord = words.First<string>;
        if (firstWord() != "w") return 7;
        System.Func<int> bump = list.Bump;
        bump(); bump();
        if (list.Value != 3 || bump() != 4) return 8;
        return 100;
    }
}
