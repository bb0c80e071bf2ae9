// Array.Copy between arrays of different element types (the slow path: widening, boxing, unboxing, downcasts,
// enums and Nullable), ConstrainedCopy's stricter rule, and the errors each wrong pair raises. Returns 100 when
// every step matches; otherwise the number of the first step that did not.
using System;

enum Small : int { A = 1, B = 2, C = -3 }

enum Wide : long { X = 5 }

interface IWeight
{
    int Weight();
}

struct Parcel : IWeight
{
    public int Grams;
    public Parcel(int grams) { Grams = grams; }
    public int Weight() => Grams * 3;
    public override int GetHashCode() => Grams + 1000;
}

// Boxed only by Array.Copy below: the image must still have its vtable and interface entries.
struct Crate : IWeight
{
    public int Kilos;
    public int Weight() => Kilos * 1000;
}

class Animal { public int Legs = 4; }
class Dog : Animal { }
class Cat : Animal { }

static class Program
{
    static int s_step;

    static bool Throws<T>(Action action) where T : Exception
    {
        try
        {
            action();
        }
        catch (T e)
        {
            return e.GetType() == typeof(T);
        }
        return false;
    }

    static bool Check(bool ok)
    {
        s_step++;
        return ok;
    }

    static int Main()
    {
        // Widening between primitives keeps the value, not the bits.
        int[] ints = { -7, 0, 42, int.MaxValue };
        long[] longs = new long[4];
        Array.Copy(ints, longs, 4);
        if (!Check(longs[0] == -7 && longs[3] == int.MaxValue)) return s_step;
        double[] doubles = new double[4];
        Array.Copy(ints, doubles, 4);
        if (!Check(doubles[0] == -7.0 && doubles[2] == 42.0)) return s_step;
        byte[] bytes = { 200, 1 };
        short[] shorts = new short[2];
        Array.Copy(bytes, shorts, 2);
        if (!Check(shorts[0] == 200)) return s_step;
        char[] chars = { 'A', 'z' };
        int[] codes = new int[3];
        Array.Copy(chars, 0, codes, 1, 2);
        if (!Check(codes[0] == 0 && codes[1] == 65 && codes[2] == 122)) return s_step;
        float[] floats = { 1.5f, -0.25f };
        double[] wider = new double[2];
        Array.Copy(floats, wider, 2);
        if (!Check(wider[0] == 1.5 && wider[1] == -0.25)) return s_step;
        ushort[] ushorts = { 66 };
        char[] fromUshorts = new char[1];
        Array.Copy(ushorts, fromUshorts, 1);
        if (!Check(fromUshorts[0] == 'B')) return s_step;
        sbyte[] sbytes = { -2 };
        float[] fromSbytes = new float[1];
        Array.Copy(sbytes, fromSbytes, 1);
        if (!Check(fromSbytes[0] == -2f)) return s_step;

        // Integers of one size copy as bits, whatever their sign; narrowing is not allowed.
        if (!Check(Throws<ArrayTypeMismatchException>(() => Array.Copy(longs, ints, 1)))) return s_step;
        uint[] asUnsigned = new uint[4];
        Array.Copy(ints, asUnsigned, 4);
        if (!Check(asUnsigned[0] == 4294967289u && asUnsigned[3] == int.MaxValue)) return s_step;
        if (!Check(Throws<ArrayTypeMismatchException>(() => Array.Copy(new bool[1], new int[1], 1)))) return s_step;
        if (!Check(Throws<ArrayTypeMismatchException>(() => Array.Copy(doubles, new float[4], 1)))) return s_step;

        // Enums copy as their underlying type, and widen like it.
        Small[] smalls = { Small.A, Small.C };
        int[] fromSmalls = new int[2];
        Array.Copy(smalls, fromSmalls, 2);
        if (!Check(fromSmalls[0] == 1 && fromSmalls[1] == -3)) return s_step;
        Small[] toSmalls = new Small[2];
        Array.Copy(new[] { 2, 7 }, toSmalls, 2);
        if (!Check(toSmalls[0] == Small.B && (int)toSmalls[1] == 7)) return s_step;
        long[] smallsWidened = new long[2];
        Array.Copy(smalls, smallsWidened, 2);
        if (!Check(smallsWidened[1] == -3)) return s_step;
        if (!Check(Throws<ArrayTypeMismatchException>(() => Array.Copy(new Wide[1], new int[1], 1)))) return s_step;

        // Values into references are boxed.
        object[] boxes = new object[4];
        Array.Copy(ints, boxes, 4);
        if (!Check((int)boxes[2] == 42 && boxes[0] is int)) return s_step;
        Parcel[] parcels = { new Parcel(5), new Parcel(11) };
        IWeight[] weights = new IWeight[2];
        Array.Copy(parcels, weights, 2);
        if (!Check(weights[0].Weight() == 15 && weights[1].Weight() == 33)) return s_step;
        object[] parcelBoxes = new object[2];
        Array.Copy(parcels, parcelBoxes, 2);
        parcels[0].Grams = 99; // the boxes are copies
        if (!Check(parcelBoxes[0].GetHashCode() == 1005 && ((Parcel)parcelBoxes[1]).Grams == 11)) return s_step;
        Crate[] crates = { new Crate { Kilos = 2 } };
        IWeight[] crateWeights = new IWeight[1];
        Array.Copy(crates, crateWeights, 1);
        if (!Check(crateWeights[0].Weight() == 2000)) return s_step;
        ValueType[] valueTypes = new ValueType[2];
        Array.Copy(smalls, valueTypes, 2);
        if (!Check(valueTypes[1] is Small s && s == Small.C)) return s_step;
        if (!Check(Throws<ArrayTypeMismatchException>(() => Array.Copy(ints, new string[4], 1)))) return s_step;

        // References into values are unboxed, from exactly the value's type (an enum is not its underlying type).
        object[] mixed = { 3, 2, 9 };
        int[] unboxed = new int[3];
        Array.Copy(mixed, unboxed, 3);
        if (!Check(unboxed[0] == 3 && unboxed[1] == 2 && unboxed[2] == 9)) return s_step;
        if (!Check(Throws<InvalidCastException>(() => Array.Copy(new object[] { Small.B }, unboxed, 1)))) return s_step;
        int[] partial = { -1, -1, -1 };
        bool nullFails = Throws<InvalidCastException>(() => Array.Copy(new object[] { 1, null, 3 }, partial, 3));
        if (!Check(nullFails && partial[0] == 1 && partial[2] == -1)) return s_step;
        if (!Check(Throws<InvalidCastException>(() => Array.Copy(new object[] { "x" }, new int[1], 1)))) return s_step;
        if (!Check(Throws<InvalidCastException>(() => Array.Copy(new object[] { 5L }, new int[1], 1)))) return s_step;
        if (!Check(Throws<ArrayTypeMismatchException>(() => Array.Copy(new string[1], new int[1], 1)))) return s_step;

        // References into references: downcasts check each element, and stop at the first that fails.
        object[] things = { "a", "b", 3, "d" };
        string[] strings = { "-", "-", "-", "-" };
        bool castFails = Throws<InvalidCastException>(() => Array.Copy(things, strings, 4));
        if (!Check(castFails && strings[1] == "b" && strings[2] == "-" && strings[3] == "-")) return s_step;
        Animal[] animals = { new Dog(), new Dog() };
        Dog[] dogs = new Dog[2];
        Array.Copy(animals, dogs, 2);
        if (!Check(dogs[1].Legs == 4)) return s_step;
        if (!Check(Throws<InvalidCastException>(() => Array.Copy(new Animal[] { new Cat() }, new Dog[1], 1)))) return s_step;
        if (!Check(Throws<ArrayTypeMismatchException>(() => Array.Copy(new Dog[1], new Cat[1], 1)))) return s_step;
        IWeight[] weightsBack = { new Parcel(1) };
        object[] fromInterface = new object[1];
        Array.Copy(weightsBack, fromInterface, 1);
        if (!Check(fromInterface[0] is Parcel)) return s_step;

        // Nullable<T>: boxes to null or to a T; unboxes from either; T[] to T?[] is not a conversion.
        int?[] maybes = { 4, null };
        object[] maybeBoxes = { "x", "y" };
        Array.Copy(maybes, maybeBoxes, 2);
        if (!Check(maybeBoxes[0] is int four && four == 4 && maybeBoxes[1] == null)) return s_step;
        int?[] backToMaybes = new int?[3];
        Array.Copy(new object[] { null, 8, Small.A }, backToMaybes, 2);
        if (!Check(!backToMaybes[0].HasValue && backToMaybes[1] == 8)) return s_step;
        if (!Check(Throws<ArrayTypeMismatchException>(() => Array.Copy(ints, new int?[4], 1)))) return s_step;

        // Multi-dimensional arrays copy in row-major order.
        int[,] grid = { { 1, 2, 3 }, { 4, 5, 6 } };
        long[,] wideGrid = new long[2, 3];
        Array.Copy(grid, wideGrid, 6);
        if (!Check(wideGrid[1, 0] == 4 && wideGrid[1, 2] == 6)) return s_step;
        object[,] boxedGrid = new object[2, 3];
        Array.Copy(grid, 1, boxedGrid, 2, 3);
        if (!Check((int)boxedGrid[0, 2] == 2 && (int)boxedGrid[1, 1] == 4 && boxedGrid[1, 2] == null)) return s_step;

        // Ranges are checked before anything is copied.
        int[] untouched = { 9, 9 };
        if (!Check(Throws<ArgumentException>(() => Array.Copy(smalls, 1, untouched, 0, 2)) && untouched[0] == 9)) return s_step;
        if (!Check(Throws<ArgumentException>(() => Array.Copy(smalls, 0, untouched, 1, 2)) && untouched[1] == 9)) return s_step;
        if (!Check(Throws<ArgumentOutOfRangeException>(() => Array.Copy(smalls, -1, untouched, 0, 1)))) return s_step;
        if (!Check(Throws<ArgumentOutOfRangeException>(() => Array.Copy(smalls, 0, untouched, 0, -1)))) return s_step;
        if (!Check(Throws<RankException>(() => Array.Copy(grid, ints, 1)))) return s_step;

        // ConstrainedCopy allows no conversion that could fail halfway or change a value.
        if (!Check(Throws<ArrayTypeMismatchException>(() => Array.ConstrainedCopy(ints, 0, longs, 0, 1)))) return s_step;
        if (!Check(Throws<ArrayTypeMismatchException>(() => Array.ConstrainedCopy(things, 0, strings, 0, 1)))) return s_step;
        int[] constrained = new int[2];
        Array.ConstrainedCopy(smalls, 0, constrained, 0, 2);
        if (!Check(constrained[1] == -3)) return s_step;
        return s_step == 45 ? 100 : 200 + s_step;
    }
}
