using System;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace LayoutOracle
{
    /// Technique B: addresses inside a live object. TypedReference.MakeTypedReference(obj, fields) asks the
    /// runtime for a reference to a field (or to a field of a struct field, and so on); its address minus the
    /// object's address is the field's offset. Nothing here reads Mono's metadata structures.
    internal static unsafe class LiveProbe
    {
        /// A value type's fields are measured inside Holder<T>.Value (a class field of the struct's type), as
        /// address(Value.field) - address(Value). Unconstrained so that Nullable<T> can be held as well.
        private sealed class Holder<T> { public T Value = default!; }

        /// Byte offset of the interior pointer inside a TypedReference (found by Initialize, not assumed).
        private static int _targetOffset = -1;

        /// The address of an object (the reference's bits).
        public static nint AddressOf(object obj) => *(nint*)Unsafe.AsPointer(ref obj);

        /// Finds where TypedReference keeps its interior pointer: make one to a known int field, get the
        /// field's address the typed way (__refvalue), and look for that address among the TypedReference's
        /// words. Exactly one word must match.
        public static void Initialize()
        {
            var holder = new Holder<int>();
            FieldInfo value = holder.GetType().GetField(nameof(Holder<int>.Value))!;
            TypedReference tr = TypedReference.MakeTypedReference(holder, new[] { value });
            nint expected = (nint)Unsafe.AsPointer(ref __refvalue(tr, int));
            nint direct = (nint)Unsafe.AsPointer(ref holder.Value);
            if (expected != direct)
                throw new InvalidOperationException($"LiveProbe: __refvalue gives 0x{expected:x}, ldflda gives 0x{direct:x}");
            int found = -1;
            byte* words = (byte*)&tr;
            for (int offset = 0; offset < 3 * IntPtr.Size; offset += IntPtr.Size)
            {
                if (*(nint*)(words + offset) != expected) continue;
                if (found >= 0) throw new InvalidOperationException("LiveProbe: two TypedReference words match");
                found = offset;
            }
            if (found < 0) throw new InvalidOperationException("LiveProbe: no TypedReference word holds the target");
            _targetOffset = found;
        }

        public static int TypedReferenceTargetOffset => _targetOffset;

        /// Offsets (object coordinates, header included) of the given instance fields of obj's class.
        public static int[] ClassFieldOffsets(object obj, FieldInfo[] fields)
        {
            var offsets = new int[fields.Length];
            for (int i = 0; i < fields.Length; i++)
            {
                FieldInfo[] chain = { fields[i] };
                offsets[i] = Stable(obj, () =>
                {
                    nint start = AddressOf(obj);
                    nint field = Target(TypedReference.MakeTypedReference(obj, chain));
                    return (start, (int)(field - start));
                });
            }
            return offsets;
        }

        /// Offsets of the given fields of a value type, from the start of the unboxed value.
        public static int[] StructFieldOffsets(Type valueType, FieldInfo[] fields)
        {
            object holder = RuntimeHelpers.GetUninitializedObject(typeof(Holder<>).MakeGenericType(valueType));
            FieldInfo value = holder.GetType().GetField(nameof(Holder<int>.Value))!;
            FieldInfo[] valueOnly = { value };
            var offsets = new int[fields.Length];
            for (int i = 0; i < fields.Length; i++)
            {
                FieldInfo[] chain = { value, fields[i] };
                offsets[i] = Stable(holder, () =>
                {
                    nint start = Target(TypedReference.MakeTypedReference(holder, valueOnly));
                    nint field = Target(TypedReference.MakeTypedReference(holder, chain));
                    return (AddressOf(holder), (int)(field - start));
                });
            }
            return offsets;
        }

        private static nint Target(TypedReference tr) => *(nint*)((byte*)&tr + _targetOffset);

        /// Runs a measurement until the object did not move while it ran (a GC may relocate objects when
        /// MakeTypedReference allocates; the measurement is retried then).
        private static int Stable(object obj, Func<(nint Address, int Result)> measure)
        {
            for (int attempt = 0; attempt < 10; attempt++)
            {
                nint before = AddressOf(obj);
                (nint after, int result) = measure();
                if (before == after && AddressOf(obj) == before) return result;
            }
            throw new InvalidOperationException("LiveProbe: the object kept moving");
        }
    }
}
