// Tiny expression evaluator: a tokenizer, a recursive-descent parser building an AST of records, evaluation with variables and functions via pattern matching, constant folding, and error reporting with custom messages.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

abstract record Expr;
record Num(double Value) : Expr;
record Var(string Name) : Expr;
record Unary(char Op, Expr Operand) : Expr;
record Binary(char Op, Expr Left, Expr Right) : Expr;
record Call(string Func, Expr[] Args) : Expr;

class ParseException(string message, int position) : Exception($"{message} at {position}");

class Parser(string src)
{
    private int pos;
    public static Expr Parse(string s)
    {
        var p = new Parser(s);
        var e = p.ParseSum();
        return p.pos < s.Length ? throw new ParseException($"unexpected '{s[p.pos]}'", p.pos) : e;
    }
    void SkipSpaces() { while (pos < src.Length && src[pos] == ' ') pos++; }
    bool Accept(char c) { SkipSpaces(); if (pos < src.Length && src[pos] == c) { pos++; return true; } return false; }

    Expr ParseLevel(Func<Expr> next, string ops)
    {
        var left = next();
        for (SkipSpaces(); pos < src.Length && ops.Contains(src[pos]); SkipSpaces())
            left = new Binary(src[pos++], left, next());
        return left;
    }
    Expr ParseSum() => ParseLevel(ParseProduct, "+-");
    Expr ParseProduct() => ParseLevel(ParsePower, "*/%");
    Expr ParsePower() { var b = ParseUnary(); return Accept('^') ? new Binary('^', b, ParsePower()) : b; }
    Expr ParseUnary() => Accept('-') ? new Unary('-', ParseUnary()) : ParseAtom();
    Expr ParseAtom()
    {
        SkipSpaces();
        if (pos >= src.Length) throw new ParseException("unexpected end", pos);
        int start = pos;
        if (Accept('('))
            return ParseSum() is var e && Accept(')') ? e : throw new ParseException("expected ')'", pos);
        if (char.IsDigit(src[pos]) || src[pos] == '.')
        {
            while (pos < src.Length && (char.IsDigit(src[pos]) || src[pos] == '.')) pos++;
            return new Num(double.Parse(src.AsSpan(start, pos - start), CultureInfo.InvariantCulture));
        }
        if (!char.IsLetter(src[pos])) throw new ParseException($"unexpected '{src[pos]}'", pos);
        while (pos < src.Length && char.IsLetterOrDigit(src[pos])) pos++;
        string name = src[start..pos];
        if (!Accept('(')) return new Var(name);
        var args = new List<Expr>();
        if (!Accept(')'))
            for (args.Add(ParseSum()); !Accept(')'); args.Add(ParseSum()))
                if (!Accept(',')) throw new ParseException("expected ')' after arguments", pos);
        return new Call(name, args.ToArray());
    }
}

static class Evaluator
{
    static double IntPow(double b, int e) { double r = 1; for (int i = 0; i < Math.Abs(e); i++) r *= b; return e < 0 ? 1 / r : r; }
    public static double Eval(Expr e, IReadOnlyDictionary<string, double> vars) => e switch
    {
        Num n => n.Value,
        Var v => vars.TryGetValue(v.Name, out var x) ? x : throw new KeyNotFoundException($"unknown variable '{v.Name}'"),
        Unary { Op: '-' } u => -Eval(u.Operand, vars),
        Binary { Op: '^' } b => IntPow(Eval(b.Left, vars), (int)Eval(b.Right, vars)),
        Binary b => (b.Op, Eval(b.Left, vars), Eval(b.Right, vars)) switch
        {
            ('+', var l, var r) => l + r, ('-', var l, var r) => l - r, ('*', var l, var r) => l * r,
            ('/', _, 0.0) => throw new DivideByZeroException(), ('/', var l, var r) => l / r, ('%', var l, var r) => l % r,
            _ => throw new InvalidOperationException("bad operator " + b.Op),
        },
        Call { Func: "sqrt", Args: [var a] } => Math.Sqrt(Eval(a, vars)),
        Call { Func: "max", Args: [_, ..] args } => args.Max(a => Eval(a, vars)),
        Call { Func: "floor", Args: [var a] } => Math.Floor(Eval(a, vars)),
        Call c => throw new NotSupportedException($"function {c.Func}/{c.Args.Length}"),
        _ => throw new ArgumentException("unknown node"),
    };
    public static Expr Fold(Expr e) => e switch
    {
        Binary(var op, var l, var r) when Fold(l) is Num a && Fold(r) is Num b && op != '/' => new Num(Eval(new Binary(op, a, b), new Dictionary<string, double>())),
        Binary(var op, var l, var r) => new Binary(op, Fold(l), Fold(r)),
        Unary(var op, Num n) => new Num(-n.Value),
        Unary(var op, var inner) => new Unary(op, Fold(inner)),
        _ => e,
    };
    public static string Show(Expr e) => e switch
    {
        Num n => n.Value.ToString(CultureInfo.InvariantCulture), Var v => v.Name, Unary u => "(-" + Show(u.Operand) + ")",
        Binary b => $"({Show(b.Left)} {b.Op} {Show(b.Right)})", Call c => c.Func + "(" + string.Join(", ", c.Args.Select(Show)) + ")",
        _ => "?",
    };
}

class AppExpressionEvaluator
{
    static int Main()
    {
        var vars = new Dictionary<string, double> { ["x"] = 3, ["y"] = 0.5, ["rate"] = 0.1 };
        string[] inputs = [ "1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x ^ 2 + y", "sqrt(x * x + 16) / 2", "max(1, x, 2.5) % 2",
            "10 / (x - 3)", "floor(7.9) - -2", "100 * (1 + rate) * (1 + rate)", "0.1 + 0.2", "2 * (3 + z)",
            "abs(1)", "1 + * 2", "(1 + 2", "3 $ 4", "max()", "2 ^ -2 + 1 / 3" ];
        foreach (var input in inputs)
        {
            try { var ast = Parser.Parse(input); Console.WriteLine($"{input,-30} => {Evaluator.Show(ast)} = {Evaluator.Eval(ast, vars).ToString("R", CultureInfo.InvariantCulture)}"); }
            catch (Exception e) when (e is ParseException or KeyNotFoundException or DivideByZeroException or NotSupportedException)
            { Console.WriteLine($"{input,-30} => {e.GetType().Name}: {e.Message}"); }
        }
        var folded = Evaluator.Fold(Parser.Parse("x * (2 + 3) - -(4 * 0.25) + y / (1 + 1)"));
        Console.WriteLine("folded " + Evaluator.Show(folded) + " = " + Evaluator.Eval(folded, vars));
        Console.WriteLine(Parser.Parse("f(1, a)") is Call { Args.Length: 2 } call ? "call " + call.Func + " " + call.Args[1] : "no call");
        Console.WriteLine(new Binary('+', new Num(1), new Var("q")) == new Binary('+', new Num(1), new Var("q")));
        return 0;
    }
}
