// System.Numerics with exactly representable values: Complex construction, + - * and division by a real, Conjugate, Negate, Real/Imaginary, equality and ToString; Vector2/3/4 arithmetic, Dot, Cross, Length and Distance of 3-4-5 triangles, Min/Max/Abs/Clamp/Lerp at 0.5, element access, Matrix3x2/Matrix4x4 translation and scale transforms and ToString.
using System;
using System.Globalization;
using System.Numerics;

class NumericsComplexVectors
{
    static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    static int Main()
    {
        var a = new Complex(3, 4);
        var b = new Complex(1, -2);
        Console.WriteLine("a=" + a + " b=" + b + " Real " + a.Real + " Imaginary " + a.Imaginary);
        Console.WriteLine("a+b=" + (a + b) + " a-b=" + (a - b) + " a*b=" + (a * b) + " b*b=" + (b * b) + " a*2=" + (a * 2) + " a/2=" + (a / 2) + " 1+a=" + (1 + a));
        Console.WriteLine("Conjugate " + Complex.Conjugate(a) + " a*conj(a)=" + (a * Complex.Conjugate(a)) + " Negate " + Complex.Negate(b) + " -a=" + (-a));
        Console.WriteLine("constants " + Complex.Zero + " " + Complex.One + " " + Complex.ImaginaryOne + " i*i=" + (Complex.ImaginaryOne * Complex.ImaginaryOne) + " from double " + (Complex)2.5 + " Add " + Complex.Add(a, 1.5) + " Multiply " + Complex.Multiply(a, Complex.ImaginaryOne));
        Console.WriteLine("equality " + (a == new Complex(3, 4)) + " " + a.Equals(b) + " " + (a != b) + " IsReal " + Complex.IsRealNumber(new Complex(2, 0)) + " " + Complex.IsRealNumber(a) + " IsNaN " + Complex.IsNaN(new Complex(double.NaN, 0)));
        Console.WriteLine("format " + a.ToString("F2", Inv) + " " + b.ToString(Inv) + " " + new Complex(0.5, -0.25).ToString("G", Inv));
        Complex z = Complex.Zero;
        var c = new Complex(-0.5, 0.5);
        for (int i = 0; i < 4; i++)
            z = z * z + c;
        Console.WriteLine("mandelbrot iterate " + z.ToString("R", Inv));

        var v = new Vector2(3, 4);
        var w = new Vector2(-1, 0.5f);
        Console.WriteLine("Vector2 " + v + " + " + w + " = " + (v + w) + " - = " + (v - w) + " * = " + (v * w) + " *2 = " + (v * 2) + " /2 = " + (v / 2) + " neg " + (-v));
        Console.WriteLine("Length " + v.Length() + " LengthSquared " + v.LengthSquared() + " Distance " + Vector2.Distance(Vector2.Zero, new Vector2(-6, 8)) + " Dot " + Vector2.Dot(v, w) + " Normalize(0,5) " + Vector2.Normalize(new Vector2(0, 5)));
        Console.WriteLine("Min " + Vector2.Min(v, w) + " Max " + Vector2.Max(v, w) + " Abs " + Vector2.Abs(w) + " Clamp " + Vector2.Clamp(new Vector2(10, -10), w, v) + " Lerp " + Vector2.Lerp(v, w, 0.5f) + " UnitX " + Vector2.UnitX + " One " + Vector2.One);
        var p = new Vector3(1, 2, 3);
        var q = new Vector3(4, 5, 6);
        Console.WriteLine("Vector3 " + (p + q) + " " + (q - p) + " Dot " + Vector3.Dot(p, q) + " Cross " + Vector3.Cross(p, q) + " Cross unit " + Vector3.Cross(Vector3.UnitX, Vector3.UnitY) + " Length(2,3,6) " + new Vector3(2, 3, 6).Length());
        Console.WriteLine("Vector3 components " + p.X + "," + p.Y + "," + p.Z + " [1]=" + p[1] + " with Z " + (p with { Z = 9 }) + " equal " + (p == new Vector3(1, 2, 3)) + " " + p.Equals(q) + " Sqrt " + Vector3.SquareRoot(new Vector3(4, 9, 16)));
        var r = new Vector4(1, -2, 3, -4);
        Console.WriteLine("Vector4 " + r + " Dot " + Vector4.Dot(r, r) + " Length(1,1,1,1) " + Vector4.One.Length() + " Abs " + Vector4.Abs(r) + " from Vector3 " + new Vector4(p, 7) + " from Vector2 " + new Vector4(v, 5, 6));
        Console.WriteLine("format " + v.ToString("F2", Inv) + " " + q.ToString("0.0", Inv) + " CopyTo " + string.Join(",", ToArray(r)));

        var translate = Matrix3x2.CreateTranslation(10, 20);
        var scale = Matrix3x2.CreateScale(2, 3);
        Console.WriteLine("Matrix3x2 transform " + Vector2.Transform(v, translate) + " " + Vector2.Transform(v, scale) + " " + Vector2.Transform(v, scale * translate) + " " + Vector2.Transform(v, translate * scale) + " TransformNormal " + Vector2.TransformNormal(v, translate));
        Console.WriteLine("Matrix3x2 " + (scale * translate) + " IsIdentity " + Matrix3x2.Identity.IsIdentity + " Translation " + translate.Translation);
        var m = Matrix4x4.CreateTranslation(1, 2, 3) * Matrix4x4.CreateScale(2);
        Console.WriteLine("Matrix4x4 transform " + Vector3.Transform(p, m) + " " + Vector4.Transform(new Vector4(p, 1), m) + " M41 " + m.M41 + " Transpose M14 " + Matrix4x4.Transpose(m).M14);
        Console.WriteLine("Matrix4x4 Invert " + Matrix4x4.Invert(Matrix4x4.CreateScale(2, 4, 8), out var inv) + " " + Vector3.Transform(new Vector3(2, 4, 8), inv) + " determinant " + Matrix4x4.CreateScale(2, 4, 8).GetDeterminant());
        return 0;
    }

    static float[] ToArray(Vector4 v)
    {
        var arr = new float[4];
        v.CopyTo(arr);
        return arr;
    }
}
