// Objects reachable only from static fields (of Program, of a nested class with a static constructor, readonly
// statics, a static array of references, statics of a class first touched late) survive collections while the
// statics are reassigned, and objects a static used to hold are not needed by anyone after it changes; the
// exception a failed static constructor threw is kept for its later accesses.
using System;
using System.Runtime.CompilerServices;

static class Program
{
    sealed class Node
    {
        public int Id;
        public Node Next;
        public string Name;
    }

    static class Registry
    {
        public static readonly Node[] Table = MakeTable(64);
        public static Node Head;
        public static string LastName;
        public static int Count;

        static Node[] MakeTable(int n)
        {
            Node[] t = new Node[n];
            for (int i = 0; i < n; i++)
                t[i] = new Node { Id = i, Name = (i % 2 == 0) ? "even" : "odd" };
            return t;
        }
    }

    static class Late
    {
        public static object Value = new Node { Id = 555, Next = new Node { Id = 556 } };
    }

    sealed class PayloadException : Exception
    {
        public int[] Values;
        public Node Chain;
        public PayloadException(int n)
        {
            Values = new int[] { n, n * 2 };
            Chain = new Node { Id = n, Next = new Node { Id = n + 1 } };
        }
    }

    // Its class constructor fails: the exception it threw is remembered (by the runtime) and rethrown, wrapped, on
    // every later access.
    static class Failing
    {
        public static int Value = Init();
        static int Init() => throw new PayloadException(21);
    }

    static Node s_list;
    static object s_any;
    static readonly int[] s_numbers = { 3, 1, 4, 1, 5, 9, 2, 6 };
    static string s_text;
    static int s_rounds = 6000;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static long Churn(int n)
    {
        long s = 0;
        for (int i = 0; i < n; i++)
        {
            Node g = new Node { Id = i };
            s += g.Id;
        }
        int[] big = new int[24_000];
        return s + big.Length;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Push(int id)
    {
        s_list = new Node { Id = id, Next = s_list, Name = (id % 3 == 0) ? "three" : null };
        Registry.Head = new Node { Id = -id, Next = Registry.Head };
        Registry.Count++;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Pop()
    {
        s_list = s_list.Next;
        Registry.Head = Registry.Head.Next;
        Registry.Count--;
    }

    static int Main()
    {
        long total = 0;
        int pushed = 0;
        for (int r = 0; r < s_rounds; r++)
        {
            if (r % 3 == 2)
            {
                Pop();
                pushed--;
            }
            else
            {
                Push(pushed++);
            }
            if (r % 10 == 0)
            {
                s_any = (r % 20 == 0) ? new int[] { r } : (object)string.Concat("any", "thing");
                s_text = string.Concat(s_text == null || s_text.Length > 50 ? "" : s_text, "ab");
                Registry.Table[r % 64] = new Node { Id = r % 64, Name = ((r % 64) % 2 == 0) ? "even" : "odd", Next = Registry.Table[(r + 1) % 64] };
                Registry.LastName = Registry.Table[r % 64].Name;
            }
            total += Churn(8);
        }
        int expected = pushed - 1;
        for (Node n = s_list; n != null; n = n.Next, expected--)
        {
            if (n.Id != expected || n.Name != ((expected % 3 == 0) ? "three" : null))
                return 1;
        }
        if (expected != -1)
            return 2;
        expected = pushed - 1;
        int count = 0;
        for (Node n = Registry.Head; n != null; n = n.Next, expected--, count++)
        {
            if (n.Id != -expected)
                return 3;
        }
        if (count != Registry.Count || count != pushed)
            return 4;
        for (int i = 0; i < Registry.Table.Length; i++)
        {
            Node t = Registry.Table[i];
            if (t.Id != i || t.Name != ((i % 2 == 0) ? "even" : "odd"))
                return 5;
            if (t.Next != null && t.Next.Id != (i + 1) % 64)
                return 6;
        }
        if (s_any is not string any || any != "anything")
            return 7;
        if (s_text.Length % 2 != 0 || s_text.Length == 0 || s_text[0] != 'a' || s_text[s_text.Length - 1] != 'b')
            return 8;
        if (s_numbers[5] != 9 || s_numbers.Length != 8)
            return 9;
        if (Registry.LastName != "even" && Registry.LastName != "odd")
            return 10;
        total += Churn(5000);
        if (Late.Value is not Node late || late.Id != 555 || late.Next.Id != 556)
            return 11;
        total += Churn(5000);
        if (((Node)Late.Value).Next.Id != 556)
            return 12;
        try
        {
            return 14 + Failing.Value;
        }
        catch (TypeInitializationException e)
        {
            if (e.InnerException is not PayloadException p || p.Values[1] != 42)
                return 15;
        }
        total += Churn(5000);
        try
        {
            return 16 + Failing.Value;
        }
        catch (TypeInitializationException e)
        {
            total += Churn(2000);
            if (e.InnerException is not PayloadException p || p.Values.Length != 2 || p.Values[0] != 21 || p.Values[1] != 42)
                return 17;
            if (p.Chain.Id != 21 || p.Chain.Next.Id != 22 || p.Chain.Next.Next != null)
                return 18;
        }
        return total > 0 ? 100 : 13;
    }
}
