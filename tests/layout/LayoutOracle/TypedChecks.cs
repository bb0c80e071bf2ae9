using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using LayoutOracle.Types;

namespace LayoutOracle
{
    /// What typed, compiled code says about one number of the output: the offset of field Key (named as in
    /// the JSON) of Type, or its size when Key is "#size".
    internal readonly record struct Expectation(string Type, string Key, int Value, string How);

    /// Technique D: typed code compiled against the types, no reflection. Field offsets are taken with
    /// ldflda (plain `ref obj.Field`, or [UnsafeAccessor] for private fields) and Unsafe.ByteOffset; struct
    /// sizes with the IL sizeof instruction (`sizeof(T)`, Unsafe.SizeOf<T>) and with the stride of a T[];
    /// class sizes with compiled subclasses that add one byte. Byref-like structs (Span, ref fields) cannot
    /// be measured by LiveProbe at all, so here they are measured by writing a known pointer into them and
    /// finding it. Program compares every expectation with the measured output.
    internal static unsafe class TypedChecks
    {
        private sealed class RawData { public byte Data; }

        // Compiled subclasses with one byte: its offset is the parent's instance size.
        private sealed class EmptyClassProbe : EmptyClass { public byte Probe; }
        private sealed class OneByteClassProbe : OneByteClass { public byte Probe; }
        private sealed class OneIntClassProbe : OneIntClass { public byte Probe; }
        private sealed class TailBaseProbe : TailBase { public byte Probe; }
        private sealed class TailDerivedProbe : TailDerived { public byte Probe; }
        private sealed class IntByteBaseProbe : IntByteBase { public byte Probe; }
        private sealed class ExplicitSizedClassProbe : ExplicitSizedClass { public byte Probe; }
        private sealed class LevelCProbe : LevelC { public byte Probe; }
        private sealed class GenericBoxByteProbe : GenericBox<byte> { public byte Probe; }
        private sealed class ExceptionProbe : Exception { public byte Probe; }
        private sealed class ListIntProbe : List<int> { public byte Probe; }
        private sealed class DictionaryProbe : Dictionary<string, int> { public byte Probe; }

        // Private fields, reached with UnsafeAccessor (closed types only).
        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_stringLength")] private static extern ref int StringLength(string s);
        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_firstChar")] private static extern ref char FirstChar(string s);
        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_message")] private static extern ref string Message(Exception e);
        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_innerException")] private static extern ref Exception Inner(Exception e);
        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_items")] private static extern ref int[] Items(List<int> l);
        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_size")] private static extern ref int Size(List<int> l);
        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_version")] private static extern ref int Version(List<int> l);
        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_items")] private static extern ref string[] Items(List<string> l);
        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_size")] private static extern ref int Size(List<string> l);
        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_buckets")] private static extern ref int[] Buckets(Dictionary<string, int> d);
        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_count")] private static extern ref int Count(Dictionary<string, int> d);
        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_comparer")] private static extern ref IEqualityComparer<string> Comparer(Dictionary<string, int> d);
        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "value")] private static extern ref int LevelAValue(LevelA a);
        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "value")] private static extern ref int LevelBValue(LevelB b);
        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "<Name>k__BackingField")] private static extern ref string PersonName(PersonRecord p);
        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "<Age>k__BackingField")] private static extern ref int PersonAge(PersonRecord p);
        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "hasValue")] private static extern ref bool HasValue(ref int? n);
        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "value")] private static extern ref int Value(ref int? n);
        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "key")] private static extern ref string Key(ref KeyValuePair<string, int> p);
        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "value")] private static extern ref int Value(ref KeyValuePair<string, int> p);
        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_length")] private static extern ref int Length(ref Span<byte> s);
        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_length")] private static extern ref int Length(ref ReadOnlySpan<char> s);
        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_length")] private static extern ref int Length(ref Span<object> s);

        private static readonly List<Expectation> Found = new();
        private static int _header;

        /// header: the offset of the first field of a class deriving from Object (measured by LiveProbe).
        public static List<Expectation> All(int header)
        {
            Found.Clear();
            _header = header;
            Classes();
            CoreLibClasses();
            Structs();
            ByRefLike();
            return new List<Expectation>(Found);
        }

        private static void Classes()
        {
            var all = new AllPrimitivesClass();
            Field(all, nameof(all.Bool), Obj(all, ref all.Bool));
            Field(all, nameof(all.Char), Obj(all, ref all.Char));
            Field(all, nameof(all.Long), Obj(all, ref all.Long));
            Field(all, nameof(all.Decimal), Obj(all, ref all.Decimal));
            Field(all, nameof(all.NInt), Obj(all, ref all.NInt));
            Field(all, nameof(all.Object), Obj(all, ref all.Object));
            Field(all, nameof(all.String), Obj(all, ref all.String));
            Field(all, nameof(all.ByteMatrix), Obj(all, ref all.ByteMatrix));
            Field(all, nameof(all.EUInt64), Obj(all, ref all.EUInt64));

            var r = new RefsAfterPrimitives();
            Field(r, nameof(r.A), Obj(r, ref r.A));
            Field(r, nameof(r.B), Obj(r, ref r.B));
            Field(r, nameof(r.S), Obj(r, ref r.S));
            Field(r, nameof(r.C), Obj(r, ref r.C));
            Field(r, nameof(r.O), Obj(r, ref r.O));
            Field(r, nameof(r.D), Obj(r, ref r.D));
            Field(r, nameof(r.Arr), Obj(r, ref r.Arr));

            var s = new SequentialClass();
            Field(s, nameof(s.A), Obj(s, ref s.A));
            Field(s, nameof(s.S), Obj(s, ref s.S));
            Field(s, nameof(s.C), Obj(s, ref s.C));
            Field(s, nameof(s.Arr), Obj(s, ref s.Arr));

            var e = new ExplicitClass();
            Field(e, nameof(e.I), Obj(e, ref e.I));
            Field(e, nameof(e.F), Obj(e, ref e.F));
            Field(e, nameof(e.B), Obj(e, ref e.B));
            Field(e, nameof(e.O), Obj(e, ref e.O));
            Field(e, nameof(e.S), Obj(e, ref e.S));
            Field(e, nameof(e.L), Obj(e, ref e.L));

            var t = new TailDerived2();
            Field(t, nameof(t.A), Obj(t, ref t.A));
            Field(t, nameof(t.B), Obj(t, ref t.B));
            Field(t, nameof(t.C), Obj(t, ref t.C));
            Field(t, nameof(t.D), Obj(t, ref t.D));
            var ib = new IntByteDerived();
            Field(ib, nameof(ib.C), Obj(ib, ref ib.C));

            // Same-name fields: the JSON qualifies them with the declaring type.
            var c = new LevelC();
            Field(c, "LayoutOracle.Types.LevelA::value", Obj(c, ref LevelAValue(c)));
            Field(c, "LayoutOracle.Types.LevelB::value", Obj(c, ref LevelBValue(c)));
            Field(c, "LayoutOracle.Types.LevelC::value", Obj(c, ref c.value));
            Field(c, nameof(c.C), Obj(c, ref c.C));

            var gi = new GenericBox<int>();
            Field(gi, nameof(gi.Value), Obj(gi, ref gi.Value));
            Field(gi, nameof(gi.Tag), Obj(gi, ref gi.Tag));
            var go = new GenericBox<object>();
            Field(go, nameof(go.Value), Obj(go, ref go.Value));
            Field(go, nameof(go.Tag), Obj(go, ref go.Tag));
            var gd = new DerivedFromGeneric();
            Field(gd, nameof(gd.BaseValue), Obj(gd, ref gd.BaseValue));
            Field(gd, nameof(gd.Own), Obj(gd, ref gd.Own));

            var p = new PersonRecord("a", 1, 2.0);
            Field(p, "<Name>k__BackingField", Obj(p, ref PersonName(p)));
            Field(p, "<Age>k__BackingField", Obj(p, ref PersonAge(p)));

            var ia = new ClassWithInlineArray();
            Field(ia, nameof(ia.Refs), Obj(ia, ref ia.Refs[0]));
            Field(ia, nameof(ia.Ints), Obj(ia, ref ia.Ints[0]));

            var pk = new ClassWithPackedNested();
            Field(pk, nameof(pk.P), Obj(pk, ref pk.P.A));
            Field(pk, nameof(pk.B), Obj(pk, ref pk.B));
            Field(pk, nameof(pk.C), Obj(pk, ref pk.C));

            ClassSize<EmptyClass>(Probe(new EmptyClassProbe(), o => ref o.Probe));
            ClassSize<OneByteClass>(Probe(new OneByteClassProbe(), o => ref o.Probe));
            ClassSize<OneIntClass>(Probe(new OneIntClassProbe(), o => ref o.Probe));
            ClassSize<TailBase>(Probe(new TailBaseProbe(), o => ref o.Probe));
            ClassSize<TailDerived>(Probe(new TailDerivedProbe(), o => ref o.Probe));
            ClassSize<IntByteBase>(Probe(new IntByteBaseProbe(), o => ref o.Probe));
            ClassSize<ExplicitSizedClass>(Probe(new ExplicitSizedClassProbe(), o => ref o.Probe));
            ClassSize<LevelC>(Probe(new LevelCProbe(), o => ref o.Probe));
            ClassSize<GenericBox<byte>>(Probe(new GenericBoxByteProbe(), o => ref o.Probe));
        }

        private static void CoreLibClasses()
        {
            string str = "abc";
            Field(str, "_stringLength", Obj(str, ref StringLength(str)));
            Field(str, "_firstChar", Obj(str, ref Unsafe.As<char, byte>(ref FirstChar(str))));

            var ex = new Exception("m");
            Field(ex, "_message", Obj(ex, ref Message(ex)));
            Field(ex, "_innerException", Obj(ex, ref Inner(ex)));
            ClassSize<Exception>(Probe(new ExceptionProbe(), o => ref o.Probe));

            var li = new List<int> { 1 };
            Field(li, "_items", Obj(li, ref Items(li)));
            Field(li, "_size", Obj(li, ref Size(li)));
            Field(li, "_version", Obj(li, ref Version(li)));
            ClassSize<List<int>>(Probe(new ListIntProbe(), o => ref o.Probe));
            var ls = new List<string>();
            Field(ls, "_items", Obj(ls, ref Items(ls)));
            Field(ls, "_size", Obj(ls, ref Size(ls)));

            var d = new Dictionary<string, int>();
            Field(d, "_buckets", Obj(d, ref Buckets(d)));
            Field(d, "_count", Obj(d, ref Count(d)));
            Field(d, "_comparer", Obj(d, ref Comparer(d)));
            ClassSize<Dictionary<string, int>>(Probe(new DictionaryProbe(), o => ref o.Probe));
        }

        private static void Structs()
        {
            var ps = new PaddedStruct();
            Field<PaddedStruct>(nameof(ps.B), Val(ref ps, ref ps.B));
            Field<PaddedStruct>(nameof(ps.L), Val(ref ps, ref ps.L));
            Field<PaddedStruct>(nameof(ps.I), Val(ref ps, ref ps.I));
            StructSize<PaddedStruct>(sizeof(PaddedStruct));

            var am = new AlignmentMix();
            Field<AlignmentMix>(nameof(am.A), Val(ref am, ref am.A));
            Field<AlignmentMix>(nameof(am.B), Val(ref am, ref am.B));
            Field<AlignmentMix>(nameof(am.D), Val(ref am, ref am.D));
            Field<AlignmentMix>(nameof(am.F), Val(ref am, ref am.F));
            Field<AlignmentMix>(nameof(am.H), Val(ref am, ref am.H));
            Field<AlignmentMix>(nameof(am.J), Val(ref am, ref am.J));
            Field<AlignmentMix>(nameof(am.K), Val(ref am, ref am.K));
            StructSize<AlignmentMix>(sizeof(AlignmentMix));

            var ir = new IntAndRef();
            Field<IntAndRef>(nameof(ir.I), Val(ref ir, ref ir.I));
            Field<IntAndRef>(nameof(ir.O), Val(ref ir, ref ir.O));
            StructSize<IntAndRef>(Unsafe.SizeOf<IntAndRef>());

            var p1 = new Pack1();
            Field<Pack1>(nameof(p1.B), Val(ref p1, ref p1.B));
            StructSize<Pack1>(sizeof(Pack1));
            StructSize<Pack8Byte>(sizeof(Pack8Byte));
            StructSize<Pack16Byte>(sizeof(Pack16Byte));
            var p1r = new Pack1WithRef();
            Field<Pack1WithRef>(nameof(p1r.O), Val(ref p1r, ref p1r.O));
            Field<Pack1WithRef>(nameof(p1r.B), Val(ref p1r, ref p1r.B));

            var au = new AutoStruct();
            Field<AutoStruct>(nameof(au.A), Val(ref au, ref au.A));
            Field<AutoStruct>(nameof(au.B), Val(ref au, ref au.B));
            Field<AutoStruct>(nameof(au.C), Val(ref au, ref au.C));
            Field<AutoStruct>(nameof(au.D), Val(ref au, ref au.D));
            StructSize<AutoStruct>(sizeof(AutoStruct));

            var eg = new ExplicitGaps();
            Field<ExplicitGaps>(nameof(eg.A), Val(ref eg, ref eg.A));
            Field<ExplicitGaps>(nameof(eg.C), Val(ref eg, ref eg.C));
            Field<ExplicitGaps>(nameof(eg.D), Val(ref eg, ref eg.D));
            StructSize<ExplicitGaps>(sizeof(ExplicitGaps));
            StructSize<ExplicitSizeSmaller>(sizeof(ExplicitSizeSmaller));

            var small = new SeqSizeSmaller();
            Field<SeqSizeSmaller>(nameof(small.B), Val(ref small, ref small.B));
            StructSize<SeqSizeSmaller>(sizeof(SeqSizeSmaller));
            StructSize<SeqSize7>(sizeof(SeqSize7));
            StructSize<EmptyStruct>(sizeof(EmptyStruct));
            StructSize<SeqSizeNoFields>(sizeof(SeqSizeNoFields));

            var ia = new InlineInt4();
            Field<InlineInt4>("Element", Val(ref ia, ref ia[0]));
            StructSize<InlineInt4>(sizeof(InlineInt4));
            StructSize<InlinePadded2>(sizeof(InlinePadded2));

            var fb = new FixedBufferStruct();
            Field<FixedBufferStruct>(nameof(fb.Bytes), (int)(fb.Bytes - (byte*)&fb));
            Field<FixedBufferStruct>(nameof(fb.After), Val(ref fb, ref fb.After));
            Field<FixedBufferStruct>(nameof(fb.Longs), (int)((byte*)fb.Longs - (byte*)&fb));
            Field<FixedBufferStruct>(nameof(fb.Last), Val(ref fb, ref fb.Last));
            StructSize<FixedBufferStruct>(sizeof(FixedBufferStruct));

            var vp = new ValuePair<byte, long>();
            Field<ValuePair<byte, long>>(nameof(vp.Second), Val(ref vp, ref vp.Second));
            StructSize<ValuePair<byte, long>>(sizeof(ValuePair<byte, long>));
            var gs = new GenericStruct<decimal>();
            Field<GenericStruct<decimal>>(nameof(gs.Value), Val(ref gs, ref gs.Value));

            int? n = 5;
            Field<int?>("hasValue", Val(ref n, ref HasValue(ref n)));
            Field<int?>("value", Val(ref n, ref Value(ref n)));
            StructSize<int?>(sizeof(int?));
            var kv = new KeyValuePair<string, int>("k", 1);
            Field<KeyValuePair<string, int>>("key", Val(ref kv, ref Key(ref kv)));
            Field<KeyValuePair<string, int>>("value", Val(ref kv, ref Value(ref kv)));
            StructSize<KeyValuePair<string, int>>(Unsafe.SizeOf<KeyValuePair<string, int>>());
            StructSize<decimal>(sizeof(decimal));
            StructSize<Guid>(sizeof(Guid));
            StructSize<DateTime>(sizeof(DateTime));

            // Array strides of a few of them (element size of T[] is the value size).
            Stride<PaddedStruct>(); Stride<IntAndRef>(); Stride<Pack8Byte>(); Stride<EmptyStruct>();
            Stride<SeqSizeSmaller>(); Stride<double?>(); Stride<(byte, long)>();
        }

        private static void ByRefLike()
        {
            byte[] bytes = new byte[3];
            var span = new Span<byte>(bytes);
            Field<Span<byte>>("_reference", FindPointer(ref span, ref bytes[0]));
            Field<Span<byte>>("_length", Val(ref span, ref Length(ref span)));
            StructSize<Span<byte>>(Unsafe.SizeOf<Span<byte>>());

            string text = "xyz";
            ReadOnlySpan<char> chars = text.AsSpan();
            Field<ReadOnlySpan<char>>("_reference", FindPointer(ref chars, ref Unsafe.As<char, byte>(ref Unsafe.AsRef(in chars[0]))));
            Field<ReadOnlySpan<char>>("_length", Val(ref chars, ref Length(ref chars)));

            object[] objects = new object[2];
            var objectSpan = new Span<object>(objects);
            Field<Span<object>>("_reference", FindPointer(ref objectSpan, ref Unsafe.As<object, byte>(ref objects[0])));
            Field<Span<object>>("_length", Val(ref objectSpan, ref Length(ref objectSpan)));
            StructSize<Span<object>>(Unsafe.SizeOf<Span<object>>());

            int target = 0;
            scoped RefFieldStruct rf = default;
            rf.A = 1;
            rf.B = 2;
            rf.R = ref target;
            Field<RefFieldStruct>(nameof(rf.A), Val(ref rf, ref rf.A));
            Field<RefFieldStruct>(nameof(rf.R), FindPointer(ref rf, ref Unsafe.As<int, byte>(ref target)));
            Field<RefFieldStruct>(nameof(rf.B), Val(ref rf, ref rf.B));
            StructSize<RefFieldStruct>(Unsafe.SizeOf<RefFieldStruct>());

            var sh = new SpanHolder { S = new Span<byte>(bytes) };
            Field<SpanHolder>(nameof(sh.A), Val(ref sh, ref sh.A));
            Field<SpanHolder>(nameof(sh.S), Val(ref sh, ref Unsafe.As<Span<byte>, byte>(ref sh.S)));
            Field<SpanHolder>(nameof(sh.B), Val(ref sh, ref sh.B));
            StructSize<SpanHolder>(Unsafe.SizeOf<SpanHolder>());
        }

        // --- helpers ----------------------------------------------------------------------------------------

        private delegate ref byte ProbeField<T>(T obj);

        /// Offset of a field of a class instance: distance from the first field slot of a plain object
        /// (RawData.Data, at the header size) to the field, plus the header size.
        private static int Obj<TField>(object obj, ref TField field) =>
            (int)Unsafe.ByteOffset(ref Unsafe.As<RawData>(obj).Data, ref Unsafe.As<TField, byte>(ref field)) + _header;

        private static int Probe<T>(T probe, ProbeField<T> field) where T : class => Obj(probe, ref field(probe));

        /// Offset of a field inside a value (any value type, byref-like ones included).
        private static int Val<T, TField>(ref T value, ref TField field) where T : allows ref struct =>
            (int)Unsafe.ByteOffset(ref Unsafe.As<T, byte>(ref value), ref Unsafe.As<TField, byte>(ref field));

        /// Offset of the pointer-sized word of `value` that holds the address of `target` (exactly one must).
        private static int FindPointer<T>(ref T value, ref byte target) where T : allows ref struct
        {
            nint address = (nint)Unsafe.AsPointer(ref target);
            ref byte start = ref Unsafe.As<T, byte>(ref value);
            int found = -1;
            for (int offset = 0; offset + IntPtr.Size <= Unsafe.SizeOf<T>(); offset += IntPtr.Size)
            {
                if (Unsafe.ReadUnaligned<nint>(ref Unsafe.Add(ref start, offset)) != address) continue;
                if (found >= 0) throw new InvalidOperationException($"TypedChecks: two words of {typeof(T)} hold the pointer");
                found = offset;
            }
            if (found < 0) throw new InvalidOperationException($"TypedChecks: no word of {typeof(T)} holds the pointer");
            return found;
        }

        private static void Stride<T>()
        {
            var array = new T[2];
            StructSize<T>((int)Unsafe.ByteOffset(ref array[0], ref array[1]), "T[] stride");
        }

        private static void Field(object obj, string field, int offset) =>
            Found.Add(new Expectation(TypeNames.Canonical(obj.GetType()), field, offset, "typed ldflda"));

        private static void Field<T>(string field, int offset) where T : allows ref struct =>
            Found.Add(new Expectation(TypeNames.Canonical(typeof(T)), field, offset, "typed ldflda"));

        private static void ClassSize<T>(int size, string how = "compiled subclass + byte") =>
            Found.Add(new Expectation(TypeNames.Canonical(typeof(T)), "#size", size, how));

        private static void StructSize<T>(int size, string how = "sizeof") where T : allows ref struct =>
            Found.Add(new Expectation(TypeNames.Canonical(typeof(T)), "#size", size, how));
    }
}
