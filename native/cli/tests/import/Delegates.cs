// What delegates and function pointers import to: `ldftn` and the delegate's construction (target, function-table
// index and invoke shape stored; no constructor call), `ldvirtftn` through the vtable, an extension method closed
// over its first argument, `calli` through the function table, and `stackalloc` (`localloc`, zeroed because C#
// says `localsinit`).
using System;

static class Extensions
{
    public static int Twice(this Program p, int x) => 2 * x + p.Bias;
}

unsafe class Program
{
    public int Bias;

    public virtual int Add(int x) => x + Bias;

    static int Square(int x) => x * x;

    static Func<int, int> Static() => Square;

    static Func<int, int> Virtual(Program p) => p.Add;

    static Func<int, int> Extension(Program p) => p.Twice;

    static int Call(delegate*<int, int> f, int x) => f(x);

    static int Pointer(int x) => Call(&Square, x);

    static int Stack(int n)
    {
        Span<int> s = stackalloc int[n];
        s[0] = n;
        return s[0];
    }

    static int Main() => Static()(3) + Virtual(new Program())(1) + Extension(new Program())(2) + Pointer(4) + Stack(5);
}
