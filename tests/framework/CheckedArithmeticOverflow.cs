// Checked and unchecked integer arithmetic across byte/sbyte/short/ushort/int/uint/long/ulong: overflow on +, -, *, ++, unary minus and narrowing conversions (from integers, double, float and decimal), int.MinValue / -1 and % -1, division and remainder by zero, Math.Abs overflow, checked user-defined operators, and the exception messages.
using System;

readonly struct Meters
{
    public readonly int Value;
    public Meters(int v) { Value = v; }
    public static Meters operator +(Meters a, Meters b) => new Meters(unchecked(a.Value + b.Value));
    public static Meters operator checked +(Meters a, Meters b) => new Meters(checked(a.Value + b.Value));
    public override string ToString() => Value + "m";
}

class CheckedArithmeticOverflow
{
    static int _intMax = int.MaxValue, _intMin = int.MinValue, _minusOne = -1, _zero = 0;
    static long _longMax = long.MaxValue, _longMin = long.MinValue;
    static uint _uintZero = 0;
    static ulong _ulongMax = ulong.MaxValue;
    static byte _byte200 = 200;
    static sbyte _sbyteMin = sbyte.MinValue;
    static short _short30000 = 30000;
    static ushort _ushortMax = ushort.MaxValue;
    static double _big = 3e9, _nan = double.NaN, _negSmall = -0.99;
    static float _floatBig = 1e20f;
    static decimal _decBig = 1e10m, _decMinusOne = -1m;

    static void Check<T>(string label, Func<T> f)
    {
        try
        {
            Console.WriteLine(label + " = " + f());
        }
        catch (Exception e)
        {
            Console.WriteLine(label + " -> " + e.GetType().Name + ": " + e.Message);
        }
    }

    static int Main()
    {
        Check("unchecked int.Max + 1", () => unchecked(_intMax + 1));
        Check("checked int.Max + 1", () => checked(_intMax + 1));
        Check("checked int.Min - 1", () => checked(_intMin - 1));
        Check("checked int.Max * 2", () => checked(_intMax * 2));
        Check("checked -int.Min", () => checked(-_intMin));
        Check("unchecked -int.Min", () => unchecked(-_intMin));
        Check("checked ++int.Max", () => { int x = _intMax; checked { x++; } return x; });
        Check("int.Min / -1", () => _intMin / _minusOne);
        Check("int.Min % -1", () => _intMin % _minusOne);
        Check("long.Min / -1", () => _longMin / _minusOne);
        Check("10 / 0", () => 10 / _zero);
        Check("10 % 0", () => 10 % _zero);
        Check("10L / 0", () => 10L / _zero);
        Check("10u / 0u", () => 10u / _uintZero);
        Check("checked long.Max + 1", () => checked(_longMax + 1));
        Check("checked long.Max * long.Max", () => checked(_longMax * _longMax));
        Check("checked 0u - 1", () => checked(_uintZero - 1));
        Check("unchecked 0u - 1", () => unchecked(_uintZero - 1));
        Check("checked ulong.Max + 1", () => checked(_ulongMax + 1));
        Check("checked (byte)(200 + 100)", () => checked((byte)(_byte200 + 100)));
        Check("unchecked (byte)(200 + 100)", () => unchecked((byte)(_byte200 + 100)));
        Check("checked (sbyte)-(-128)", () => checked((sbyte)-_sbyteMin));
        Check("checked (short)(30000 * 2)", () => checked((short)(_short30000 * 2)));
        Check("checked (ushort)(65535 + 1)", () => checked((ushort)(_ushortMax + 1)));
        Check("checked (int)long.Max", () => checked((int)_longMax));
        Check("checked (uint)-1", () => checked((uint)_minusOne));
        Check("checked (ulong)-1L", () => checked((ulong)(long)_minusOne));
        Check("checked (long)ulong.Max", () => checked((long)_ulongMax));
        Check("checked (int)3e9", () => checked((int)_big));
        Check("unchecked (int)3e9", () => unchecked((int)_big));
        Check("checked (uint)3e9", () => checked((uint)_big));
        Check("checked (int)NaN", () => checked((int)_nan));
        Check("unchecked (int)NaN", () => unchecked((int)_nan));
        Check("checked (uint)-0.99", () => checked((uint)_negSmall));
        Check("checked (long)1e20f", () => checked((long)_floatBig));
        Check("(int)1e10m", () => (int)_decBig);
        Check("(long)1e10m", () => (long)_decBig);
        Check("(byte)-1m", () => (byte)_decMinusOne);
        Check("Math.Abs(int.Min)", () => Math.Abs(_intMin));
        Check("Math.Abs(long.Min)", () => Math.Abs(_longMin));
        Check("checked Meters", () => checked(new Meters(_intMax) + new Meters(1)));
        Check("unchecked Meters", () => unchecked(new Meters(_intMax) + new Meters(1)));
        Check("Convert.ToInt32(3e9)", () => Convert.ToInt32(_big));
        Check("Convert.ToByte(256)", () => Convert.ToByte(256));
        Check("int.CreateChecked(3e9)", () => int.CreateChecked(_big));
        Check("int.CreateSaturating(3e9)", () => int.CreateSaturating(_big));
        Check("checked sum loop", () =>
        {
            int acc = 0;
            checked
            {
                for (int i = 0; i < 100000; i++)
                    acc += i;
            }
            return acc;
        });
        Check("Math.BigMul", () => Math.BigMul(_intMax, _intMax));
        Check("ulong unchecked mul", () => unchecked(_ulongMax * _ulongMax));
        Check("compound checked byte", () => { byte b = _byte200; checked { b += 55; b += 1; } return b; });
        return 0;
    }
}
