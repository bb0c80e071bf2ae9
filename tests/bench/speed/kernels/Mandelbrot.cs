// Escape-time iteration over a 640x480 grid of the complex plane: double arithmetic in nested loops.
namespace Kernels;

public static class Mandelbrot
{
    const int Width = 640, Height = 480, MaxIterations = 200;

    static int Escape(double cr, double ci)
    {
        double zr = 0, zi = 0;
        int n = 0;
        while (n < MaxIterations && zr * zr + zi * zi <= 4.0)
        {
            double t = zr * zr - zi * zi + cr;
            zi = 2.0 * zr * zi + ci;
            zr = t;
            n++;
        }
        return n;
    }

    static int Row(int y)
    {
        int sum = 0;
        double ci = -1.2 + 2.4 * y / Height;
        for (int x = 0; x < Width; x++)
            sum += Escape(-2.2 + 3.2 * x / Width, ci);
        return sum;
    }

    public static int Main()
    {
        int total = 0;
        for (int round = 0; round < 3; round++)
            for (int y = 0; y < Height; y++)
                total = total * 31 + Row(y);
        return total & 0xFF;
    }
}
