// User-defined types whose layout the oracle measures. Each one exercises a layout rule; the comment on a
// type says which. The order in which they are measured is the order of TypeList.cs, not of this file.
//
// Fields are public so that TypedChecks.cs can take refs to them directly (a second measuring technique);
// a few are private on purpose (same-name fields at several inheritance levels).
#nullable disable
#pragma warning disable CS0169, CS0414, CS0649 // fields never assigned / never used: only their layout matters

using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace LayoutOracle.Types
{
    // ---------------------------------------------------------------------------------------------------
    // Enums of every underlying type C# allows.
    public enum EnumByte : byte { A, B }
    public enum EnumSByte : sbyte { A = -1, B }
    public enum EnumInt16 : short { A, B }
    public enum EnumUInt16 : ushort { A, B }
    public enum EnumInt32 { A, B }
    public enum EnumUInt32 : uint { A, B }
    public enum EnumInt64 : long { A, B }
    public enum EnumUInt64 : ulong { A, B }

    [Flags]
    public enum FlagsByte : byte { None = 0, One = 1, Two = 2 }

    // ---------------------------------------------------------------------------------------------------
    // Classes: sizes, header, auto layout (references first), mixed field types.

    /// No fields: instance size is the header alone.
    public class EmptyClass { }

    public class OneByteClass { public byte A; }
    public class OneShortClass { public short A; }
    public class OneIntClass { public int A; }
    public class OneLongClass { public long A; }
    public class OneDoubleClass { public double A; }
    public class OneRefClass { public object A; }
    public class OneDecimalClass { public decimal A; }

    public sealed class SealedClass { public int A; public byte B; }

    /// Every primitive, native ints, references, arrays and enums, declared in a jumbled order.
    public class AllPrimitivesClass
    {
        public bool Bool;
        public byte Byte;
        public sbyte SByte;
        public char Char;
        public short Short;
        public ushort UShort;
        public int Int;
        public uint UInt;
        public long Long;
        public ulong ULong;
        public float Float;
        public double Double;
        public decimal Decimal;
        public nint NInt;
        public nuint NUInt;
        public object Object;
        public string String;
        public int[] IntArray;
        public string[] StringArray;
        public byte[,] ByteMatrix;
        public EnumByte EByte;
        public EnumSByte ESByte;
        public EnumInt16 EInt16;
        public EnumUInt16 EUInt16;
        public EnumInt32 EInt32;
        public EnumUInt32 EUInt32;
        public EnumInt64 EInt64;
        public EnumUInt64 EUInt64;
    }

    /// Auto layout: references declared after primitives still come first.
    public class RefsAfterPrimitives
    {
        public byte A;
        public int B;
        public string S;
        public long C;
        public object O;
        public short D;
        public int[] Arr;
    }

    /// Only enums (no references), declared in increasing size order.
    public class EnumFieldsClass
    {
        public EnumByte A;
        public EnumInt16 B;
        public EnumInt32 C;
        public EnumInt64 D;
        public FlagsByte E;
    }

    public class BoolCharClass
    {
        public bool A;
        public char B;
        public bool C;
        public char D;
        public bool E;
    }

    public interface IMarker { }

    /// Interface-, delegate- and generic-typed references are references too.
    public class InterfaceAndDelegateFields
    {
        public byte Tag;
        public IMarker Marker;
        public Action Callback;
        public Func<int, string> Func;
        public List<int> List;
        public IEnumerable<string> Sequence;
    }

    /// The same fields as RefsAfterPrimitives, but Sequential: declaration order is kept for classes too.
    [StructLayout(LayoutKind.Sequential)]
    public class SequentialClass
    {
        public byte A;
        public int B;
        public string S;
        public long C;
        public object O;
        public short D;
        public int[] Arr;
    }

    /// Pack=1 on a class: primitives are packed, references are still pointer-aligned.
    [StructLayout(LayoutKind.Sequential, Pack = 1)]
    public class SequentialPack1Class
    {
        public byte A;
        public long B;
        public object O;
        public short C;
    }

    /// Explicit class: offsets are relative to the first byte after the header; references may overlap references.
    [StructLayout(LayoutKind.Explicit)]
    public class ExplicitClass
    {
        [FieldOffset(0)] public int I;
        [FieldOffset(0)] public float F;
        [FieldOffset(4)] public byte B;
        [FieldOffset(8)] public object O;
        [FieldOffset(8)] public string S;
        [FieldOffset(12)] public long L;
    }

    /// Size= on a sequential class: a minimum for the fields after the header.
    [StructLayout(LayoutKind.Sequential, Size = 20)]
    public class SequentialSizedClass { public byte A; public int B; }

    /// Pack on an auto-layout class (references first, then the packed rest).
    [StructLayout(LayoutKind.Auto, Pack = 1)]
    public class AutoPack1Class { public byte A; public long B; public object O; public short C; }

    [StructLayout(LayoutKind.Explicit, Size = 40)]
    public class ExplicitSizedClass
    {
        [FieldOffset(0)] public int I;
        [FieldOffset(16)] public object O;
    }

    /// Auto class with struct fields: the struct that holds a reference goes in the first pass.
    public class AutoClassWithStructs
    {
        public int K;
        public IntAndRef R;
        public PaddedStruct S;
        public byte Z;
    }

    public class NullableFieldsClass
    {
        public int? A;
        public double? B;
        public byte C;
        public bool? D;
        public long? E;
    }

    public class TupleFieldsClass
    {
        public (int, string) A;
        public KeyValuePair<string, int> B;
        public byte C;
        public (byte, long, byte) D;
    }

    public class CoreLibStructFieldsClass
    {
        public DateTime When;
        public byte Flag;
        public Guid Id;
        public decimal Amount;
        public TimeSpan Span;
    }

    /// Statics (including thread statics and constants) do not take instance space.
    public class StaticsClass
    {
        public static int S1;
        public static object S2;
        public static long S3;
        [ThreadStatic] public static int T1;
        public const int Constant = 42;
        public static readonly string ReadOnlyStatic = "x";
        public int X;
        public byte Y;
    }

    public class StaticsOnlyClass
    {
        public static long A;
        public static object B;
    }

    public struct StaticsStruct
    {
        public static long A;
        public static object B;
        public byte X;
        public short Y;
    }

    public unsafe class PointerFieldsClass
    {
        public byte B;
        public int* P;
        public void* V;
        public delegate*<int, void> Fn;
        public object O;
        public long L;
    }

    // ---------------------------------------------------------------------------------------------------
    // Inheritance.

    /// Parent tail padding: TailBase ends at 17 (size 24); TailDerived's field must not go to 17.
    public class TailBase { public long A; public byte B; }
    public class TailDerived : TailBase { public byte C; }
    public class TailDerived2 : TailDerived { public short D; }

    /// Tail padding with only 4-byte alignment: IntByteBase ends at 13.
    public class IntByteBase { public int A; public byte B; }
    public class IntByteDerived : IntByteBase { public byte C; }

    /// Unaligned parent size: ByteBase is 9 bytes; a derived int field is aligned from there.
    public class ByteBase { public byte A; }
    public class ByteDerivedInt : ByteBase { public int B; }
    public class ByteDerivedLong : ByteBase { public long B; }
    public class ByteDerivedRef : ByteBase { public object B; }

    /// References first happens per level, not over the whole hierarchy.
    public class RefBase { public byte B; public object O; }
    public class RefDerived : RefBase { public byte C; public string S; }

    public class DerivedFromEmpty : EmptyClass { public int X; }
    public class EmptyDerivedFromNonEmpty : TailBase { }

    /// The same private field name at three levels (the JSON qualifies clashing names).
    public class LevelA { private int value; public byte A; }
    public class LevelB : LevelA { private int value; public byte B; }
    public class LevelC : LevelB { public int value; public byte C; }

    /// Sequential derived from auto, and auto derived from sequential.
    public class AutoFromSequential : SequentialClass { public byte X; public object Y; }
    [StructLayout(LayoutKind.Sequential)]
    public class SequentialFromAuto : RefsAfterPrimitives { public byte X; public object Y; }

    public class ExceptionSubclass : Exception { public int Code; public object Extra; }
    public class ListSubclass : List<string> { public byte Flag; }

    // ---------------------------------------------------------------------------------------------------
    // Generic classes.

    public class GenericBox<T> { public T Value; public byte Tag; }

    public class Pair<TFirst, TSecond> { public TFirst First; public TSecond Second; }

    public class GenericBase<T> { public T BaseValue; public byte BaseTag; }

    /// A non-generic class deriving from a generic instantiation.
    public class DerivedFromGeneric : GenericBase<long> { public byte Own; }

    /// A generic class deriving from a generic class over its own parameter.
    public class GenericDerived<T> : GenericBase<T> { public T More; public short S; }

    public class GenericWithStructConstraint<T> where T : struct { public byte A; public T Value; public object O; }

    public class Outer
    {
        public int X;
        public class NestedClass { public byte A; public object B; }
        public struct NestedStruct { public byte A; public long B; }

        /// A Pack=1 struct nested in a class, and used as a field of that class.
        [StructLayout(LayoutKind.Sequential, Pack = 1)]
        public struct PackedNested { public byte A; public int B; public short C; }
    }

    public class ClassWithPackedNested
    {
        public byte A;
        public Outer.PackedNested P;
        public byte B;
        public long C;
    }

    public class GenericOuter<T>
    {
        public T Value;
        public class Inner { public T X; public int Y; }
        public struct InnerStruct { public byte A; public T X; }
    }

    // ---------------------------------------------------------------------------------------------------
    // Records.

    public record PersonRecord(string Name, int Age, double Score);
    public record EmployeeRecord(string Name, int Age, double Score, string Company, byte Level)
        : PersonRecord(Name, Age, Score);
    public record struct PointRecord(int X, long Y, byte Z);
    public readonly record struct ReadOnlyPointRecord(byte A, double B, object C);

    // ---------------------------------------------------------------------------------------------------
    // Structs: sequential (the C# default), alignment padding, references, nesting.

    public struct EmptyStruct { }
    public struct ByteStruct { public byte A; }
    public struct TwoBytes { public byte A; public byte B; }
    public struct ShortByte { public short A; public byte B; }
    public struct IntByte { public int A; public byte B; }
    public struct LongByte { public long A; public byte B; }
    public struct DoubleStruct { public double A; }
    public struct FloatStruct { public float A; }

    /// byte, long, int: padding before the long and after the int.
    public struct PaddedStruct { public byte B; public long L; public int I; }

    /// Every alignment in a row.
    public struct AlignmentMix
    {
        public byte A;
        public short B;
        public byte C;
        public int D;
        public byte E;
        public double F;
        public byte G;
        public float H;
        public char I;
        public bool J;
        public decimal K;
    }

    /// Value types keep declaration order even with references (no references-first pass).
    public struct IntAndRef { public int I; public object O; }
    public struct RefThenByte { public object O; public byte B; }
    public struct ByteRefByte { public byte A; public string S; public byte B; public long L; }

    public struct NestedStruct { public byte A; public PaddedStruct Inner; public short C; }
    public struct DeepNestedStruct { public NestedStruct N; public byte Z; public IntAndRef R; }
    public struct StructOfEmpties { public EmptyStruct A; public int I; public EmptyStruct B; }
    public struct NullableFieldsStruct { public int? A; public byte B; public double? C; }
    public struct NativeIntStruct { public byte A; public nint N; public nuint U; public long L; }
    public struct EnumFieldsStruct { public EnumByte A; public EnumInt64 B; public EnumInt16 C; }
    public struct CoreLibStructFieldsStruct { public byte A; public DateTime B; public Guid C; public decimal D; }
    public readonly struct ReadOnlyStruct { public readonly byte A; public readonly long B; }

    // ---------------------------------------------------------------------------------------------------
    // Pack.

    [StructLayout(LayoutKind.Sequential, Pack = 1)] public struct Pack1 { public byte A; public int B; }
    [StructLayout(LayoutKind.Sequential, Pack = 2)] public struct Pack2 { public byte A; public int B; public long C; }
    [StructLayout(LayoutKind.Sequential, Pack = 4)] public struct Pack4 { public byte A; public long B; public byte C; }
    [StructLayout(LayoutKind.Sequential, Pack = 8)] public struct Pack8 { public byte A; public long B; public byte C; }
    [StructLayout(LayoutKind.Sequential, Pack = 16)] public struct Pack16 { public byte A; public double B; public int C; }

    /// Does Pack widen a 1-byte struct? (Pack=1/2/4/8/16 around a single byte.)
    [StructLayout(LayoutKind.Sequential, Pack = 1)] public struct Pack1Byte { public byte A; }
    [StructLayout(LayoutKind.Sequential, Pack = 2)] public struct Pack2Byte { public byte A; }
    [StructLayout(LayoutKind.Sequential, Pack = 4)] public struct Pack4Byte { public byte A; }
    [StructLayout(LayoutKind.Sequential, Pack = 8)] public struct Pack8Byte { public byte A; }
    [StructLayout(LayoutKind.Sequential, Pack = 16)] public struct Pack16Byte { public byte A; }

    /// Pack cannot misalign a reference.
    [StructLayout(LayoutKind.Sequential, Pack = 1)] public struct Pack1WithRef { public byte A; public object O; public byte B; }
    [StructLayout(LayoutKind.Sequential, Pack = 2)] public struct Pack2WithRef { public byte A; public string S; }

    /// A packed struct as a field of an ordinary struct: its alignment is 1.
    public struct ContainsPack1 { public byte A; public Pack1 P; public byte B; }
    public struct ContainsPack8Byte { public byte A; public Pack8Byte P; }

    // ---------------------------------------------------------------------------------------------------
    // Size.

    [StructLayout(LayoutKind.Sequential, Size = 16)] public struct SeqSize16 { public int A; }
    [StructLayout(LayoutKind.Sequential, Size = 7)] public struct SeqSize7 { public short A; }
    /// Size smaller than the fields.
    [StructLayout(LayoutKind.Sequential, Size = 2)] public struct SeqSizeSmaller { public int A; public int B; }
    /// Size smaller than the fields, and the fields end at an unaligned offset (5): is the size rounded?
    [StructLayout(LayoutKind.Sequential, Size = 2)] public struct SeqSizeSmallerOdd { public int A; public byte B; }
    /// Size that is not a multiple of the alignment (8).
    [StructLayout(LayoutKind.Sequential, Size = 12)] public struct SeqSizeWithLong { public long A; }
    [StructLayout(LayoutKind.Sequential, Size = 6)] public struct SeqSizeWithRef { public object O; }
    [StructLayout(LayoutKind.Sequential, Pack = 1, Size = 5)] public struct SeqPack1Size5 { public int A; }
    [StructLayout(LayoutKind.Sequential, Size = 3)] public struct SeqSizeNoFields { }
    [StructLayout(LayoutKind.Explicit, Size = 12)] public struct ExplicitSize12 { [FieldOffset(0)] public int A; [FieldOffset(4)] public byte B; }
    /// Explicit Size smaller than the fields.
    [StructLayout(LayoutKind.Explicit, Size = 2)] public struct ExplicitSizeSmaller { [FieldOffset(0)] public long A; }
    public struct ContainsSeqSize7 { public SeqSize7 A; public byte B; }

    /// C# fixed buffers (AllowUnsafeBlocks): each becomes a nested Size= struct with one element field.
    public unsafe struct FixedBufferStruct { public fixed byte Bytes[3]; public int After; public fixed long Longs[2]; public byte Last; }
    public unsafe struct FixedCharBuffer { public int Length; public fixed char Chars[5]; }
    public class ClassWithFixedBuffer { public byte A; public FixedBufferStruct Buffer; public object O; }

    // ---------------------------------------------------------------------------------------------------
    // Explicit.

    [StructLayout(LayoutKind.Explicit)]
    public struct ExplicitUnion
    {
        [FieldOffset(0)] public int I;
        [FieldOffset(0)] public float F;
        [FieldOffset(0)] public byte B;
        [FieldOffset(0)] public long L;
        [FieldOffset(0)] public double D;
    }

    /// References overlapping references (legal); non-reference after them.
    [StructLayout(LayoutKind.Explicit)]
    public struct ExplicitRefs
    {
        [FieldOffset(0)] public object A;
        [FieldOffset(0)] public string B;
        [FieldOffset(4)] public int C;
        [FieldOffset(8)] public int[] D;
    }

    /// Unaligned and out-of-order offsets for non-reference fields.
    [StructLayout(LayoutKind.Explicit)]
    public struct ExplicitGaps
    {
        [FieldOffset(8)] public int A;
        [FieldOffset(1)] public byte B;
        [FieldOffset(3)] public short C;
        [FieldOffset(13)] public long D;
    }

    [StructLayout(LayoutKind.Explicit)]
    public struct ExplicitStructOverlap
    {
        [FieldOffset(0)] public PaddedStruct P;
        [FieldOffset(0)] public long L;
        [FieldOffset(20)] public short S;
    }

    [StructLayout(LayoutKind.Explicit, Pack = 1)]
    public struct ExplicitPack1 { [FieldOffset(0)] public byte A; [FieldOffset(1)] public long B; }

    // ---------------------------------------------------------------------------------------------------
    // Auto structs.

    [StructLayout(LayoutKind.Auto)]
    public struct AutoStruct { public byte A; public long B; public byte C; public int D; }

    [StructLayout(LayoutKind.Auto)]
    public struct AutoStructWithRef { public byte A; public object O; public long B; public string S; }

    // ---------------------------------------------------------------------------------------------------
    // Inline arrays.

    [InlineArray(4)] public struct InlineInt4 { public int Element; }
    [InlineArray(3)] public struct InlineByte3 { public byte Element; }
    [InlineArray(2)] public struct InlineObject2 { public object Element; }
    [InlineArray(2)] public struct InlinePadded2 { public PaddedStruct Element; }
    [InlineArray(1)] public struct InlineLong1 { public long Element; }
    public struct ContainsInlineArray { public byte A; public InlineByte3 B; public InlineInt4 C; }
    public class ClassWithInlineArray { public byte A; public InlineObject2 Refs; public InlineInt4 Ints; }

    // ---------------------------------------------------------------------------------------------------
    // Generic structs.

    public struct ValuePair<TFirst, TSecond> { public TFirst First; public TSecond Second; }
    public struct GenericStruct<T> { public byte Tag; public T Value; }

    // ---------------------------------------------------------------------------------------------------
    // Byref-like structs (measured with typed code, TypedChecks.cs, instead of TypedReference).

    public ref struct RefFieldStruct { public byte A; public ref int R; public short B; }
    public ref struct SpanHolder { public byte A; public Span<byte> S; public int B; }
}
