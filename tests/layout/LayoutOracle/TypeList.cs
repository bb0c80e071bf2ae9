// The list of types the oracle measures, in output order. Framework types first, then the user-defined
// types of Types.cs. Every entry must be a closed type (no open generics); abstract classes cannot be listed
// (there is no instance to measure), their layout shows through derived types.
using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Numerics;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using LayoutOracle.Types;

namespace LayoutOracle
{
    /// One type to measure. Instance, when given, makes the live instance to measure a class on (for classes
    /// that RuntimeHelpers.GetUninitializedObject refuses, such as String).
    internal sealed record Entry(Type Type, Func<object>? Instance = null);

    internal static class TypeList
    {
        public static List<Entry> Build()
        {
            var list = new List<Entry>();
            void Add(params Type[] types) { foreach (Type t in types) list.Add(new Entry(t)); }
            void AddWith(Type t, Func<object> instance) => list.Add(new Entry(t, instance));

            // --- Framework: primitives and the core classes ------------------------------------------------
            Add(typeof(object));
            AddWith(typeof(string), () => "layout oracle");
            Add(typeof(bool), typeof(byte), typeof(sbyte), typeof(char), typeof(short), typeof(ushort),
                typeof(int), typeof(uint), typeof(long), typeof(ulong), typeof(float), typeof(double),
                typeof(nint), typeof(nuint), typeof(decimal), typeof(Half), typeof(Int128), typeof(UInt128));
            AddWith(typeof(int).GetType(), () => typeof(int)); // System.RuntimeType
            Add(typeof(RuntimeTypeHandle), typeof(RuntimeMethodHandle), typeof(RuntimeFieldHandle));

            // --- Exceptions -----------------------------------------------------------------------------------
            Add(typeof(Exception), typeof(SystemException), typeof(ArgumentException), typeof(ArgumentNullException),
                typeof(ArgumentOutOfRangeException), typeof(InvalidOperationException), typeof(NotSupportedException),
                typeof(NotImplementedException), typeof(NullReferenceException), typeof(IndexOutOfRangeException),
                typeof(InvalidCastException), typeof(OverflowException), typeof(DivideByZeroException),
                typeof(ArithmeticException), typeof(FormatException), typeof(KeyNotFoundException),
                typeof(ObjectDisposedException), typeof(OperationCanceledException), typeof(AggregateException),
                typeof(OutOfMemoryException), typeof(ArrayTypeMismatchException), typeof(TypeLoadException),
                typeof(MissingMethodException), typeof(TypeInitializationException), typeof(InvalidProgramException),
                typeof(PlatformNotSupportedException), typeof(IOException));

            // --- Value types ----------------------------------------------------------------------------------
            Add(typeof(DateTime), typeof(DateTimeOffset), typeof(TimeSpan), typeof(DateOnly), typeof(TimeOnly),
                typeof(Guid), typeof(Rune), typeof(Index), typeof(Range), typeof(DayOfWeek), typeof(StringComparison),
                typeof(TypeCode), typeof(BindingFlags), typeof(AttributeTargets), typeof(CancellationToken),
                typeof(GCHandle), typeof(HashCode), typeof(SequencePosition));
            Add(typeof(int?), typeof(double?), typeof(byte?), typeof(long?), typeof(bool?), typeof(char?),
                typeof(DateTime?), typeof(Guid?), typeof(decimal?), typeof(KeyValuePair<string, int>?));
            Add(typeof(KeyValuePair<string, int>), typeof(KeyValuePair<int, string>), typeof(KeyValuePair<long, byte>),
                typeof(KeyValuePair<object, object>));
            Add(typeof(ValueTuple<int>), typeof((int, string)), typeof((byte, long)), typeof((string, object)),
                typeof((short, double)), typeof((byte, int, string)), typeof((long, byte, short)),
                typeof((bool, double, bool)), typeof((int, int, int, int)));
            Add(typeof(ArraySegment<byte>), typeof(ArraySegment<string>), typeof(Memory<char>),
                typeof(ReadOnlyMemory<byte>), typeof(Span<byte>), typeof(ReadOnlySpan<char>), typeof(Span<object>));
            Add(typeof(List<int>.Enumerator), typeof(Dictionary<string, int>.Enumerator),
                Nested(typeof(Dictionary<,>), "Entry", typeof(string), typeof(int)),
                Nested(typeof(Dictionary<,>), "Entry", typeof(int), typeof(object)),
                Nested(typeof(HashSet<>), "Entry", typeof(int)));
            Add(typeof(ValueTask), typeof(ValueTask<int>), typeof(ValueTask<string>), typeof(TaskAwaiter),
                typeof(TaskAwaiter<int>), typeof(ConfiguredTaskAwaitable), typeof(AsyncTaskMethodBuilder),
                typeof(AsyncTaskMethodBuilder<int>), typeof(AsyncVoidMethodBuilder), typeof(AsyncValueTaskMethodBuilder<int>));
            Add(typeof(Vector2), typeof(Vector3), typeof(Vector4), typeof(Quaternion), typeof(Matrix3x2),
                typeof(Vector64<int>), typeof(Vector128<float>), typeof(Vector256<byte>), typeof(Vector<int>));

            // --- Classes: collections, text, tasks, misc -------------------------------------------------------
            Add(typeof(List<int>), typeof(List<string>), typeof(List<byte>), typeof(List<long>), typeof(List<object>),
                typeof(List<(int, string)>), typeof(List<KeyValuePair<string, int>>));
            Add(typeof(Dictionary<string, int>), typeof(Dictionary<int, string>), typeof(Dictionary<long, object>),
                typeof(Dictionary<object, object>));
            Add(typeof(HashSet<int>), typeof(HashSet<string>), typeof(Queue<int>), typeof(Queue<string>),
                typeof(Stack<int>), typeof(Stack<object>), typeof(LinkedList<string>), typeof(LinkedListNode<int>),
                typeof(LinkedListNode<string>), typeof(SortedDictionary<int, string>), typeof(SortedSet<int>),
                typeof(PriorityQueue<string, int>), typeof(Collection<int>), typeof(ReadOnlyCollection<string>),
                typeof(ArrayList), typeof(Hashtable), typeof(ConcurrentQueue<int>), typeof(ConcurrentDictionary<string, int>));
            Add(typeof(Tuple<double>), typeof(Tuple<int, string>), typeof(Tuple<byte, long, object>),
                typeof(StringBuilder), typeof(Random), typeof(Version), typeof(Lazy<string>), typeof(Lazy<int>),
                typeof(WeakReference), typeof(WeakReference<string>), typeof(EventArgs), typeof(StrongBox<int>),
                typeof(StrongBox<object>), typeof(Stopwatch), typeof(UTF8Encoding), typeof(MemoryStream),
                typeof(StringWriter), typeof(StringReader), typeof(CultureInfo), typeof(ExceptionDispatchInfo),
                typeof(ObsoleteAttribute), typeof(Uri));
            Add(typeof(Action), typeof(Func<int, string>), typeof(EventHandler), typeof(Comparison<object>));
            Add(typeof(Task), typeof(Task<int>), typeof(Task<string>), typeof(TaskCompletionSource<int>),
                typeof(CancellationTokenSource), typeof(Lock), typeof(SemaphoreSlim), typeof(ManualResetEventSlim));
            AddWith(typeof(Thread), () => Thread.CurrentThread);

            // --- User-defined (Types.cs) ----------------------------------------------------------------------
            Add(typeof(EnumByte), typeof(EnumSByte), typeof(EnumInt16), typeof(EnumUInt16), typeof(EnumInt32),
                typeof(EnumUInt32), typeof(EnumInt64), typeof(EnumUInt64), typeof(FlagsByte));
            Add(typeof(EmptyClass), typeof(OneByteClass), typeof(OneShortClass), typeof(OneIntClass),
                typeof(OneLongClass), typeof(OneDoubleClass), typeof(OneRefClass), typeof(OneDecimalClass),
                typeof(SealedClass), typeof(AllPrimitivesClass), typeof(RefsAfterPrimitives), typeof(EnumFieldsClass),
                typeof(BoolCharClass), typeof(InterfaceAndDelegateFields), typeof(SequentialClass),
                typeof(SequentialPack1Class), typeof(SequentialSizedClass), typeof(AutoPack1Class), typeof(ExplicitClass), typeof(ExplicitSizedClass),
                typeof(AutoClassWithStructs), typeof(NullableFieldsClass), typeof(TupleFieldsClass),
                typeof(CoreLibStructFieldsClass), typeof(StaticsClass), typeof(StaticsOnlyClass),
                typeof(StaticsStruct), typeof(PointerFieldsClass));
            Add(typeof(TailBase), typeof(TailDerived), typeof(TailDerived2), typeof(IntByteBase), typeof(IntByteDerived),
                typeof(ByteBase), typeof(ByteDerivedInt), typeof(ByteDerivedLong), typeof(ByteDerivedRef),
                typeof(RefBase), typeof(RefDerived), typeof(DerivedFromEmpty), typeof(EmptyDerivedFromNonEmpty),
                typeof(LevelA), typeof(LevelB), typeof(LevelC), typeof(AutoFromSequential), typeof(SequentialFromAuto),
                typeof(ExceptionSubclass), typeof(ListSubclass));
            Add(typeof(GenericBox<int>), typeof(GenericBox<long>), typeof(GenericBox<byte>), typeof(GenericBox<object>),
                typeof(GenericBox<string>), typeof(GenericBox<double>), typeof(GenericBox<PaddedStruct>),
                typeof(GenericBox<IntAndRef>), typeof(GenericBox<EmptyStruct>), typeof(GenericBox<decimal>),
                typeof(Pair<int, object>), typeof(Pair<byte, long>), typeof(Pair<string, byte>), typeof(Pair<long, int>),
                typeof(Pair<PaddedStruct, string>), typeof(GenericBase<long>), typeof(DerivedFromGeneric),
                typeof(GenericDerived<int>), typeof(GenericDerived<object>), typeof(GenericDerived<byte>),
                typeof(GenericWithStructConstraint<byte>), typeof(GenericWithStructConstraint<Guid>));
            Add(typeof(Outer), typeof(Outer.NestedClass), typeof(Outer.NestedStruct), typeof(Outer.PackedNested),
                typeof(ClassWithPackedNested), typeof(GenericOuter<long>), typeof(GenericOuter<long>.Inner),
                typeof(GenericOuter<byte>.Inner), typeof(GenericOuter<object>.InnerStruct),
                typeof(GenericOuter<double>.InnerStruct));
            Add(typeof(PersonRecord), typeof(EmployeeRecord), typeof(PointRecord), typeof(ReadOnlyPointRecord));
            Add(typeof(EmptyStruct), typeof(ByteStruct), typeof(TwoBytes), typeof(ShortByte), typeof(IntByte),
                typeof(LongByte), typeof(DoubleStruct), typeof(FloatStruct), typeof(PaddedStruct), typeof(AlignmentMix),
                typeof(IntAndRef), typeof(RefThenByte), typeof(ByteRefByte), typeof(NestedStruct),
                typeof(DeepNestedStruct), typeof(StructOfEmpties), typeof(NullableFieldsStruct), typeof(NativeIntStruct),
                typeof(EnumFieldsStruct), typeof(CoreLibStructFieldsStruct), typeof(ReadOnlyStruct));
            Add(typeof(Pack1), typeof(Pack2), typeof(Pack4), typeof(Pack8), typeof(Pack16), typeof(Pack1Byte),
                typeof(Pack2Byte), typeof(Pack4Byte), typeof(Pack8Byte), typeof(Pack16Byte), typeof(Pack1WithRef),
                typeof(Pack2WithRef), typeof(ContainsPack1), typeof(ContainsPack8Byte));
            Add(typeof(SeqSize16), typeof(SeqSize7), typeof(SeqSizeSmaller), typeof(SeqSizeSmallerOdd), typeof(SeqSizeWithLong), typeof(SeqSizeWithRef),
                typeof(SeqPack1Size5), typeof(SeqSizeNoFields), typeof(ExplicitSize12), typeof(ExplicitSizeSmaller),
                typeof(ContainsSeqSize7), typeof(FixedBufferStruct), FixedBufferType(typeof(FixedBufferStruct), "Longs"),
                typeof(FixedCharBuffer), typeof(ClassWithFixedBuffer));
            Add(typeof(ExplicitUnion), typeof(ExplicitRefs), typeof(ExplicitGaps), typeof(ExplicitStructOverlap),
                typeof(ExplicitPack1), typeof(AutoStruct), typeof(AutoStructWithRef));
            Add(typeof(InlineInt4), typeof(InlineByte3), typeof(InlineObject2), typeof(InlinePadded2), typeof(InlineLong1),
                typeof(ContainsInlineArray), typeof(ClassWithInlineArray));
            Add(typeof(ValuePair<byte, long>), typeof(ValuePair<int, object>), typeof(ValuePair<object, byte>),
                typeof(ValuePair<long, long>), typeof(ValuePair<PaddedStruct, byte>), typeof(ValuePair<Pack1, byte>),
                typeof(GenericStruct<byte>), typeof(GenericStruct<short>), typeof(GenericStruct<int>),
                typeof(GenericStruct<long>), typeof(GenericStruct<double>), typeof(GenericStruct<object>),
                typeof(GenericStruct<decimal>), typeof(GenericStruct<EmptyStruct>), typeof(GenericStruct<Pack8Byte>),
                typeof(GenericStruct<int?>));
            Add(typeof(RefFieldStruct), typeof(SpanHolder));
            return list;
        }

        /// A nested type of a generic type definition that is not accessible from C#, closed over the given arguments.
        private static Type Nested(Type genericDefinition, string name, params Type[] arguments)
        {
            Type nested = genericDefinition.GetNestedType(name, BindingFlags.Public | BindingFlags.NonPublic)
                ?? throw new InvalidOperationException($"{genericDefinition} has no nested type {name}");
            return nested.MakeGenericType(arguments);
        }

        /// The compiler-generated struct of a C# fixed buffer field (`<Name>e__FixedBuffer`).
        private static Type FixedBufferType(Type declaring, string field) =>
            declaring.GetField(field)?.FieldType
            ?? throw new InvalidOperationException($"{declaring} has no field {field}");
    }
}
