// Checks virtual dispatch in a recursive object tree: a small arithmetic expression AST with Eval, Depth and Count overridden per node kind, built from a postfix program, plus constant folding that rebuilds nodes.
abstract class Expr
{
    public abstract long Eval(long x);
    public abstract int Depth();
    public virtual int Count() { return 1; }
    public virtual Expr Fold() { return this; }
}

class Const : Expr
{
    public readonly long V;
    public Const(long v) { V = v; }
    public override long Eval(long x) { return V; }
    public override int Depth() { return 1; }
}

class Var : Expr
{
    public override long Eval(long x) { return x; }
    public override int Depth() { return 1; }
}

abstract class Binary : Expr
{
    public Expr L, R;
    protected Binary(Expr l, Expr r) { L = l; R = r; }
    protected abstract long Apply(long a, long b);
    protected abstract Binary Make(Expr l, Expr r);
    public override long Eval(long x) { return Apply(L.Eval(x), R.Eval(x)); }
    public override int Depth() { int a = L.Depth(), b = R.Depth(); return 1 + (a > b ? a : b); }
    public override int Count() { return 1 + L.Count() + R.Count(); }
    public override Expr Fold()
    {
        Expr l = L.Fold(), r = R.Fold();
        Const cl = l as Const, cr = r as Const;
        if (cl != null && cr != null) return new Const(Apply(cl.V, cr.V));
        return Make(l, r);
    }
}

class Add : Binary
{
    public Add(Expr l, Expr r) : base(l, r) { }
    protected override long Apply(long a, long b) { return a + b; }
    protected override Binary Make(Expr l, Expr r) { return new Add(l, r); }
}

class Mul : Binary
{
    public Mul(Expr l, Expr r) : base(l, r) { }
    protected override long Apply(long a, long b) { return a * b; }
    protected override Binary Make(Expr l, Expr r) { return new Mul(l, r); }
}

class Sub : Binary
{
    public Sub(Expr l, Expr r) : base(l, r) { }
    protected override long Apply(long a, long b) { return a - b; }
    protected override Binary Make(Expr l, Expr r) { return new Sub(l, r); }
}

static class Program
{
    // Postfix: digits push constants, 'x' pushes the variable, + - * combine.
    static string s_program = "x3*2x*x*+12+45*-+";

    static Expr Parse(string p)
    {
        Expr[] stack = new Expr[16];
        int sp = 0;
        for (int i = 0; i < p.Length; i++)
        {
            char c = p[i];
            if (c >= '0' && c <= '9') stack[sp++] = new Const(c - '0');
            else if (c == 'x') stack[sp++] = new Var();
            else
            {
                Expr r = stack[--sp], l = stack[--sp];
                stack[sp++] = c == '+' ? new Add(l, r) : c == '*' ? (Expr)new Mul(l, r) : new Sub(l, r);
            }
        }
        return stack[0];
    }

    static int Main()
    {
        Expr e = Parse(s_program);
        // (x*3 + (2*x)*x) + ((1+2) - 4*5) = 2x^2 + 3x - 17
        if (e.Eval(0) != -17 || e.Eval(1) != -12 || e.Eval(10) != 213 || e.Eval(-4) != 3) return 1;
        if (e.Count() != 17) return 2;
        if (e.Depth() != 5) return 3;
        Expr f = e.Fold();
        // (1+2) - 4*5 folds to -17; nothing else is constant.
        if (f.Count() != 11 || f.Eval(10) != 213 || f.Depth() != 5) return 4;
        if (!(f is Add) || !(((Add)f).R is Const) || ((Const)((Add)f).R).V != -17) return 5;
        if (f == e || ((Add)f).L == ((Add)e).L) return 7;
        Expr g = Parse("23*4+").Fold();
        if (!(g is Const) || g.Eval(99) != 10 || g.Count() != 1) return 6;
        return 100;
    }
}
