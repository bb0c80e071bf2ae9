// Checks local functions: a capturing local function called directly (its captures live in a struct) and converted to a delegate (a closure object) sharing the same variables, a static local function, a recursive local function, and a local function that captures a loop variable converted in each iteration.
using System;

static class Program
{
    static int s_base = 10;

    static int Main()
    {
        int counter = s_base;
        int Next() => ++counter;
        if (Next() != 11 || Next() != 12 || counter != 12) return 1;

        int shared = 0;
        void Add(int x) => shared += x;
        Action<int> addDel = Add;
        Add(3);
        addDel(4);
        shared++;
        addDel(1);
        if (shared != 9) return 2;

        static int Square(int x) => x * x;
        Func<int, int> sq = Square;
        if (sq(s_base) != 100 || Square(3) != 9) return 3;

        long Fact(int n) => n <= 1 ? 1 : n * Fact(n - 1);
        if (Fact(s_base + 5) != 1307674368000L) return 4;
        Func<int, long> factDel = Fact;
        if (factDel(12) != 479001600) return 5;

        Func<int>[] fs = new Func<int>[4];
        for (int i = 0; i < fs.Length; i++)
        {
            int copy = i;
            int Get() => copy * s_base + counter;
            fs[i] = Get;
        }
        counter = 0;
        if (fs[0]() != 0 || fs[3]() != 30) return 6;
        counter = 5;
        if (fs[2]() != 25) return 7;

        // Mutual recursion between local functions.
        bool IsEven(int n) => n == 0 || IsOdd(n - 1);
        bool IsOdd(int n) => n != 0 && IsEven(n - 1);
        if (!IsEven(s_base) || IsOdd(s_base) || !IsOdd(7)) return 8;

        // A local function with a ref parameter and a generic local function.
        void Swap<T>(ref T x, ref T y) { T t = x; x = y; y = t; }
        int a = 1, b = 2;
        Swap(ref a, ref b);
        string s1 = "x", s2 = "y";
        Swap(ref s1, ref s2);
        if (a != 2 || b != 1 || s1 != "y" || s2 != "x") return 9;
        return 100;
    }
}
