// Matrix class with operators over an exact Rational struct (IEquatable, IComparable, operators, gcd normalization): multiplication, transpose, determinant and inverse by Gauss-Jordan elimination, equality and formatting.
using System;
using System.Linq;
using System.Text;

readonly struct Rational : IEquatable<Rational>, IComparable<Rational>
{
    public long Num { get; }
    public long Den { get; }
    public Rational(long num, long den = 1)
    {
        if (den == 0) throw new DivideByZeroException("zero denominator");
        long g = Gcd(Math.Abs(num), Math.Abs(den));
        int sign = Math.Sign(den);
        Num = sign * num / g;
        Den = sign * den / g;
    }
    static long Gcd(long a, long b) { while (b != 0) (a, b) = (b, a % b); return a; }
    public static implicit operator Rational(long v) => new(v);
    public static Rational operator +(Rational a, Rational b) => new(a.Num * b.Den + b.Num * a.Den, a.Den * b.Den);
    public static Rational operator -(Rational a, Rational b) => new(a.Num * b.Den - b.Num * a.Den, a.Den * b.Den);
    public static Rational operator -(Rational a) => new(-a.Num, a.Den);
    public static Rational operator *(Rational a, Rational b) => new(a.Num * b.Num, a.Den * b.Den);
    public static Rational operator /(Rational a, Rational b) => new(a.Num * b.Den, a.Den * b.Num);
    public static bool operator ==(Rational a, Rational b) => a.Equals(b);
    public static bool operator !=(Rational a, Rational b) => !a.Equals(b);
    public bool Equals(Rational o) => Num == o.Num && (Den == o.Den || Num == 0);
    public override bool Equals(object obj) => obj is Rational r && Equals(r);
    public override int GetHashCode() => HashCode.Combine(Num, Den);
    public int CompareTo(Rational o) => (Num * o.Den).CompareTo(o.Num * Den);
    public override string ToString() => Den == 1 ? Num.ToString() : $"{Num}/{Den}";
}

sealed class Matrix
{
    private readonly Rational[,] a;
    public int Rows => a.GetLength(0);
    public int Cols => a.GetLength(1);
    public Matrix(int rows, int cols) { a = new Rational[rows, cols]; for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) a[i, j] = 0; }
    public Matrix(long[,] values) : this(values.GetLength(0), values.GetLength(1))
    {
        for (int i = 0; i < Rows; i++) for (int j = 0; j < Cols; j++) a[i, j] = values[i, j];
    }
    public Rational this[int i, int j] { get => a[i, j]; set => a[i, j] = value; }
    public static Matrix Identity(int n) { var m = new Matrix(n, n); for (int i = 0; i < n; i++) m[i, i] = 1; return m; }
    public static Matrix operator *(Matrix x, Matrix y)
    {
        if (x.Cols != y.Rows) throw new ArgumentException($"cannot multiply {x.Rows}x{x.Cols} by {y.Rows}x{y.Cols}");
        var r = new Matrix(x.Rows, y.Cols);
        for (int i = 0; i < x.Rows; i++)
            for (int j = 0; j < y.Cols; j++)
                r[i, j] = Enumerable.Range(0, x.Cols).Aggregate((Rational)0, (s, k) => s + x[i, k] * y[k, j]);
        return r;
    }
    public static Matrix operator +(Matrix x, Matrix y) { var r = new Matrix(x.Rows, x.Cols); for (int i = 0; i < x.Rows; i++) for (int j = 0; j < x.Cols; j++) r[i, j] = x[i, j] + y[i, j]; return r; }
    public static bool operator ==(Matrix x, Matrix y) => x.Rows == y.Rows && x.Cols == y.Cols && x.a.Cast<Rational>().SequenceEqual(y.a.Cast<Rational>());
    public static bool operator !=(Matrix x, Matrix y) => !(x == y);
    public override bool Equals(object obj) => obj is Matrix m && this == m;
    public override int GetHashCode() => Rows * 31 + Cols;
    public Matrix Transpose() { var r = new Matrix(Cols, Rows); for (int i = 0; i < Rows; i++) for (int j = 0; j < Cols; j++) r[j, i] = a[i, j]; return r; }
    public (Rational Det, Matrix Inverse) Invert()
    {
        int n = Rows;
        var m = new Matrix(n, n); var inv = Identity(n);
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) m[i, j] = a[i, j];
        Rational det = 1;
        for (int col = 0; col < n; col++)
        {
            int pivot = Enumerable.Range(col, n - col).FirstOrDefault(r => m[r, col] != 0, -1);
            if (pivot < 0) return (0, null);
            if (pivot != col) { det = -det; for (int j = 0; j < n; j++) { (m[col, j], m[pivot, j]) = (m[pivot, j], m[col, j]); (inv[col, j], inv[pivot, j]) = (inv[pivot, j], inv[col, j]); } }
            Rational p = m[col, col];
            det *= p;
            for (int j = 0; j < n; j++) { m[col, j] /= p; inv[col, j] /= p; }
            for (int r = 0; r < n; r++)
            {
                if (r == col || m[r, col] == 0) continue;
                Rational f = m[r, col];
                for (int j = 0; j < n; j++) { m[r, j] -= f * m[col, j]; inv[r, j] -= f * inv[col, j]; }
            }
        }
        return (det, inv);
    }
    public override string ToString()
    {
        var cells = a.Cast<Rational>().Select(r => r.ToString()).ToArray();
        int w = cells.Max(c => c.Length);
        var sb = new StringBuilder();
        for (int i = 0; i < Rows; i++)
            sb.Append('[').AppendJoin(' ', cells.Skip(i * Cols).Take(Cols).Select(c => c.PadLeft(w))).Append(']').Append(i < Rows - 1 ? " " : "");
        return sb.ToString();
    }
}

class AppMatrixRational
{
    static int Main()
    {
        Console.WriteLine(new Rational(6, -8) + " " + (new Rational(1, 3) + new Rational(1, 6)) + " " + (new Rational(2, 3) / new Rational(4, 9)) + " " + new Rational(0, -5) + " " + new Rational(3, 4).CompareTo(new Rational(5, 7)));
        var A = new Matrix(new long[,] { { 2, 1, 1 }, { 1, 3, 2 }, { 1, 0, 0 } });
        var B = new Matrix(new long[,] { { 1, 2 }, { 0, 1 }, { 4, 0 } });
        Console.WriteLine("A = " + A);
        Console.WriteLine("A*B = " + (A * B) + " Bt = " + B.Transpose());
        var (det, inv) = A.Invert();
        Console.WriteLine("det " + det + " inv " + inv);
        Console.WriteLine("A*inv == I " + (A * inv == Matrix.Identity(3)) + ", inv*A == I " + (inv * A == Matrix.Identity(3)));
        var H = new Matrix(3, 3);
        for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) H[i, j] = new Rational(1, i + j + 1);
        var (hdet, hinv) = H.Invert();
        Console.WriteLine("hilbert " + H + " det " + hdet + " inverse " + hinv);
        var S = new Matrix(new long[,] { { 1, 2 }, { 2, 4 } });
        Console.WriteLine("singular det " + S.Invert().Det + " inverse null " + (S.Invert().Inverse is null));
        Console.WriteLine("(A+A)t == At+At " + ((A + A).Transpose() == A.Transpose() + A.Transpose()) + " A == At " + (A == A.Transpose()));
        try { _ = B * B; } catch (ArgumentException e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
        try { _ = new Rational(1, 0); } catch (DivideByZeroException e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
        var sorted = new[] { new Rational(1, 2), new Rational(-1, 3), new Rational(2, 5), 1, new Rational(3, 6) }.Order().Distinct();
        Console.WriteLine("sorted distinct " + string.Join(" ", sorted));
        return 0;
    }
}
