// Virtual and interface calls over an array of shapes of five classes: dispatch cost, type checks, field loads.
namespace Kernels;

public static class VirtualDispatch
{
    interface IScaled { double Scale { get; } }

    abstract class Shape
    {
        public abstract double Area();
        public virtual int Corners() => 0;
    }

    sealed class Circle : Shape, IScaled
    {
        readonly double r;
        public Circle(double r) { this.r = r; }
        public override double Area() => 3.14159 * r * r;
        public double Scale => r;
    }

    class Rectangle : Shape, IScaled
    {
        protected readonly double w, h;
        public Rectangle(double w, double h) { this.w = w; this.h = h; }
        public override double Area() => w * h;
        public override int Corners() => 4;
        public double Scale => w + h;
    }

    sealed class Square : Rectangle
    {
        public Square(double s) : base(s, s) { }
        public override int Corners() => 4;
    }

    sealed class Triangle : Shape
    {
        readonly double b, h;
        public Triangle(double b, double h) { this.b = b; this.h = h; }
        public override double Area() => 0.5 * b * h;
        public override int Corners() => 3;
    }

    sealed class Point : Shape, IScaled
    {
        public override double Area() => 0;
        public double Scale => 1;
    }

    public static int Main()
    {
        var shapes = new Shape[1000];
        for (int i = 0; i < shapes.Length; i++)
        {
            double d = 1 + i % 17;
            shapes[i] = (i % 5) switch
            {
                0 => new Circle(d),
                1 => new Rectangle(d, d + 1),
                2 => new Square(d),
                3 => new Triangle(d, d + 2),
                _ => new Point(),
            };
        }
        double area = 0;
        long corners = 0;
        double scale = 0;
        for (int round = 0; round < 20_000; round++)
        {
            foreach (Shape s in shapes)
            {
                area += s.Area();
                corners += s.Corners();
                if (s is IScaled scaled) scale += scaled.Scale;
            }
        }
        return (int)((long)area + corners + (long)scale) & 0xFF;
    }
}
