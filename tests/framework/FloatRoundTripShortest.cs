// float.ToString() prints the shortest form that round-trips through float: thirds, tenths, 2^24 + 1, subnormals, NaN, infinities, -0f; float to double widening shows the extra digits.
using System;
using System.Globalization;

class FloatRoundTripShortest
{
    static int Main()
    {
        float tenth = 0.1f, fifth = 0.2f;
        float[] values =
        {
            tenth + fifth, 0.3f, 1f / 3f, 2f / 3f, 16777216f, 16777217f, 1e7f, 1e8f, 1e-5f, 1.5e-7f, float.Epsilon, float.MaxValue,
            float.MinValue, 1.17549435E-38f, float.NaN, float.PositiveInfinity, float.NegativeInfinity, -0f, 3.14159265f, 100f / 7f,
            123.456f, 0.7f, 1.1f * 1.1f, 33554432f, 1e38f, 9.999999e-5f,
        };
        int ok = 0;
        foreach (var v in values)
        {
            string s = v.ToString(CultureInfo.InvariantCulture);
            float back = float.Parse(s, CultureInfo.InvariantCulture);
            bool same = BitConverter.SingleToInt32Bits(back) == BitConverter.SingleToInt32Bits(v) || (float.IsNaN(v) && float.IsNaN(back));
            if (same)
                ok++;
            Console.WriteLine(s + " | " + v.ToString("R", CultureInfo.InvariantCulture) + " | " + v.ToString("G9", CultureInfo.InvariantCulture) + " | " + ((double)v).ToString(CultureInfo.InvariantCulture) + " | " + (same ? "ok" : "DIFFERS"));
        }
        Console.WriteLine(ok + " of " + values.Length + " round-trip");
        Console.WriteLine(BitConverter.SingleToInt32Bits(-0f).ToString("X8") + " " + BitConverter.SingleToInt32Bits(1f).ToString("X8"));
        Console.WriteLine(BitConverter.Int32BitsToSingle(0x3F800001) + " " + BitConverter.Int32BitsToSingle(1));
        Console.WriteLine((float)0.1 + " " + (float)(double)(0.1f) + " " + (double)0.1f);
        Console.WriteLine(MathF.Sqrt(2f) + " " + MathF.Abs(-3.5f) + " " + MathF.Floor(-1.5f) + " " + MathF.Round(2.5f));
        Console.WriteLine(float.IsSubnormal(float.Epsilon) + " " + float.IsNormal(1f) + " " + float.IsFinite(float.NaN) + " " + float.IsInfinity(-1f / 0f));
        return 0;
    }
}
