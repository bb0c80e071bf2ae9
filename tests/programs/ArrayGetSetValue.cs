// Array.GetValue and Array.SetValue (and IList's indexer on arrays): elements boxed and unboxed, primitives
// widened on the way in, null as the default value, and the exceptions a wrong value raises. Returns 100 when every
// step matches; otherwise the number of the first step that did not.
using System;
using System.Collections;

enum Mode : int { Off, On }

struct Point
{
    public int X, Y;
    public override int GetHashCode() => X * 31 + Y;
}

static class Program
{
    static int s_step;

    static bool Check(bool ok)
    {
        s_step++;
        return ok;
    }

    static int Fails(Action action)
    {
        try
        {
            action();
        }
        catch (ArgumentException)
        {
            return 1;
        }
        catch (InvalidCastException)
        {
            return 2;
        }
        catch (IndexOutOfRangeException)
        {
            return 3;
        }
        return 0;
    }

    static int Main()
    {
        int[] ints = { 10, 20, 30 };
        if (!Check((int)ints.GetValue(1) == 20)) return s_step;
        object boxed = ints.GetValue(2);
        ints[2] = 99; // the box is a copy
        if (!Check((int)boxed == 30)) return s_step;
        ints.SetValue((byte)7, 0); // widened
        ints.SetValue('A', 1);
        if (!Check(ints[0] == 7 && ints[1] == 65)) return s_step;
        ints.SetValue(Mode.On, 2); // an enum as its underlying type
        if (!Check(ints[2] == 1)) return s_step;
        ints.SetValue(null, 0); // the default value
        if (!Check(ints[0] == 0)) return s_step;
        if (!Check(Fails(() => ints.SetValue(5L, 0)) == 1)) return s_step;
        if (!Check(Fails(() => ints.SetValue(5u, 0)) == 1)) return s_step;
        if (!Check(Fails(() => ints.SetValue("5", 0)) == 2)) return s_step;
        if (!Check(Fails(() => ints.SetValue(true, 0)) == 1)) return s_step;
        if (!Check(Fails(() => ints.GetValue(3)) == 3)) return s_step;

        double[] doubles = new double[2];
        doubles.SetValue(3, 0);
        doubles.SetValue(1.5f, 1);
        if (!Check(doubles[0] == 3.0 && doubles[1] == 1.5)) return s_step;
        if (!Check(Fails(() => new float[1].SetValue(1.5, 0)) == 1)) return s_step;
        long[] longs = new long[1];
        longs.SetValue(-4, 0);
        if (!Check(longs[0] == -4)) return s_step;
        ulong[] ulongs = new ulong[1];
        if (!Check(Fails(() => ulongs.SetValue((sbyte)-1, 0)) == 1)) return s_step;
        char[] chars = new char[1];
        chars.SetValue((byte)66, 0);
        if (!Check(chars[0] == 'B')) return s_step;

        Mode[] modes = new Mode[2];
        modes.SetValue(Mode.On, 0);
        if (!Check(modes[0] == Mode.On && (Mode)modes.GetValue(0) == Mode.On)) return s_step;
        if (!Check(Fails(() => modes.SetValue(1, 1)) == 2)) return s_step;

        Point[] points = { new Point { X = 1, Y = 2 } };
        if (!Check(points.GetValue(0).GetHashCode() == 33)) return s_step;
        points.SetValue(new Point { X = 5, Y = 6 }, 0);
        if (!Check(points[0].X == 5)) return s_step;
        points.SetValue(null, 0);
        if (!Check(points[0].X == 0 && points[0].Y == 0)) return s_step;
        if (!Check(Fails(() => points.SetValue(3, 0)) == 2)) return s_step;

        int?[] maybes = { 4, null };
        if (!Check((int)maybes.GetValue(0) == 4 && maybes.GetValue(1) == null)) return s_step;
        maybes.SetValue(8, 1);
        maybes.SetValue(null, 0);
        if (!Check(!maybes[0].HasValue && maybes[1] == 8)) return s_step;
        if (!Check(Fails(() => maybes.SetValue(8L, 0)) == 2)) return s_step;

        string[] strings = { "a", "b" };
        strings.SetValue("c", 0);
        strings.SetValue(null, 1);
        if (!Check((string)strings.GetValue(0) == "c" && strings.GetValue(1) == null)) return s_step;
        if (!Check(Fails(() => strings.SetValue(1, 0)) == 2)) return s_step;
        object[] objects = new object[1];
        objects.SetValue(12, 0);
        if (!Check((int)objects[0] == 12)) return s_step;
        IComparable[] comparables = new IComparable[1];
        comparables.SetValue(7, 0);
        if (!Check(comparables[0].CompareTo(7) == 0)) return s_step;

        IList list = new short[] { 1, 2, 3 };
        list[1] = (short)-5;
        if (!Check((short)list[1] == -5 && (short)list[2] == 3)) return s_step;
        if (!Check(Fails(() => list[0] = 1) == 1)) return s_step;

        int[,] grid = { { 1, 2 }, { 3, 4 } };
        if (!Check((int)grid.GetValue(1, 0) == 3)) return s_step;
        grid.SetValue((short)9, 0, 1);
        if (!Check(grid[0, 1] == 9)) return s_step;
        if (!Check(Fails(() => grid.GetValue(2, 0)) == 3)) return s_step;
        return s_step == 33 ? 100 : 200 + s_step;
    }
}
