// double.ToString() prints the shortest round-trippable form: 0.1+0.2, powers of ten around the exponent switch, subnormals, NaN, infinities, -0.0, and parsing it back gives the same bits.
using System;
using System.Globalization;

class DoubleRoundTripShortest
{
    static double[] Values()
    {
        double tenth = 0.1, fifth = 0.2;
        return new double[]
        {
            tenth + fifth, 0.3, 1.0 / 3.0, 2.0 / 3.0, 100.0, 1e15, 1e16, 1e17, 123456789012345680.0, 1e21, 1e22, 1e-4, 1e-5, 1.5e-7,
            0.000123, 5e-324, 2.2250738585072014E-308, 1.7976931348623157E+308, double.NaN, double.PositiveInfinity,
            double.NegativeInfinity, -0.0, 0.0, -1.0, 9007199254740993.0, 4.35, 0.1 * 3, 1.1 * 1.1, 100.0 / 7.0, Math.PI, Math.E,
            Math.Sqrt(2.0), 123.456, -9.87654321e-200, 299792458.0, 6.02214076e23, 1.602176634e-19, 0.5, 0.25, 1024.0 * 1024.0 * 1024.0 * 1024.0,
        };
    }

    static int Main()
    {
        int ok = 0;
        double[] values = Values();
        foreach (var v in values)
        {
            string s = v.ToString(CultureInfo.InvariantCulture);
            string r = v.ToString("R", CultureInfo.InvariantCulture);
            double back = double.Parse(s, CultureInfo.InvariantCulture);
            bool same = BitConverter.DoubleToInt64Bits(back) == BitConverter.DoubleToInt64Bits(v) || (double.IsNaN(v) && double.IsNaN(back));
            if (same)
                ok++;
            Console.WriteLine(s + " | " + r + " | " + v.ToString("G17", CultureInfo.InvariantCulture) + " | " + (same ? "round-trips" : "DIFFERS"));
        }
        Console.WriteLine(ok + " of " + values.Length + " round-trip");
        Console.WriteLine(0.1 + 0.2 == 0.3);
        Console.WriteLine(BitConverter.DoubleToInt64Bits(-0.0).ToString("X16"));
        Console.WriteLine(1.0 / -0.0);
        Console.WriteLine(double.IsNegative(-0.0) + " " + (-0.0 == 0.0) + " " + (-0.0).Equals(0.0));
        double nan = double.NaN;
        Console.WriteLine(nan == values[18]);
        Console.WriteLine(nan.Equals(values[18]));
        Console.WriteLine(double.NaN.CompareTo(0.0) + " " + 0.0.CompareTo(double.NaN) + " " + double.NegativeInfinity.CompareTo(double.MinValue));
        Console.WriteLine(double.BitDecrement(1.0) + " " + double.BitIncrement(1.0) + " " + Math.BitIncrement(0.0));
        return 0;
    }
}
