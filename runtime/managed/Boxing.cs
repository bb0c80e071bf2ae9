// Unboxing (with the type check) and Nullable<T>, which boxes to null or to a boxed T.

namespace WasmR2R.Runtime
{
    internal static unsafe class Boxing
    {
        /// <summary>The value inside a boxed `target` (an enum and its underlying type unbox as each other).</summary>
        public static ref byte Unbox(MethodTable* target, object obj)
        {
            if (obj == null)
                ThrowHelpers.ThrowNullReference();
            byte* o = (byte*)Wasm.AddressOf(obj);
            MethodTable* mt = *(MethodTable**)o;
            if (mt != target && !SameUnderlying(mt, target))
                ThrowHelpers.ThrowInvalidCast(mt, target);
            return ref *(o + 8);
        }

        private static bool SameUnderlying(MethodTable* a, MethodTable* b)
        {
            uint x = MethodTable.PrimitiveCode(a);
            return x != 0 && x == MethodTable.PrimitiveCode(b);
        }

        /// <summary>box Nullable&lt;T&gt;: null without a value, else a boxed T.</summary>
        public static object BoxNullable(MethodTable* nullable, byte* value)
        {
            if (*value == 0)
                return null;
            MethodTable* t = nullable->ElementType;
            object boxed = Allocator.AllocObject(t);
            Wasm.CopyBlock((byte*)Wasm.AddressOf(boxed) + 8, value + nullable->NullableValueOffset, t->BaseSize - 8);
            return boxed;
        }

        /// <summary>
        /// RuntimeHelpers.InternalBox(QCallTypeHandle type, ref byte value): the value at `value` boxed as `type`
        /// (RuntimeHelpers.Box; Enum.Parse and ToObject box their results so). A reference is returned as it is; a
        /// Nullable boxes its value or gives null. A value type the program never boxes has no vtable in the
        /// image, so its box could not answer a virtual call; enums always have one while this is in the image.
        /// </summary>
        [Implements("System.Runtime.CompilerServices.RuntimeHelpers", "InternalBox")]
        public static object InternalBox(void** type, ref byte value)
        {
            MethodTable* mt = (MethodTable*)type[1];
            fixed (byte* v = &value)
            {
                if (MethodTable.IsReferenceType(mt))
                    return Wasm.ObjectAt(*(void**)v);
                if (MethodTable.Kind(mt) == MethodTable.KindNullable)
                    return BoxNullable(mt, v);
                if (mt->VTableCount == 0)
                    ExceptionDispatch.Raise(new System.NotSupportedException("The type " + (string)Wasm.ObjectAt(mt->Name)
                        + " is never boxed by this program, so a WasmR2R image has no vtable to box it with."));
                object boxed = Allocator.AllocObject(mt);
                Wasm.CopyBlock((byte*)Wasm.AddressOf(boxed) + 8, v, mt->BaseSize - 8);
                return boxed;
            }
        }

        /// <summary>unbox.any Nullable&lt;T&gt;: null gives no value; a boxed T gives its value.</summary>
        public static void UnboxNullable(MethodTable* nullable, object obj, byte* destination)
        {
            uint size = nullable->BaseSize - 8;
            Wasm.FillBlock(destination, 0, size);
            if (obj == null)
                return;
            MethodTable* t = nullable->ElementType;
            byte* o = (byte*)Wasm.AddressOf(obj);
            // Unlike unbox to T, unbox to Nullable<T> wants exactly a boxed T (an enum is not its underlying type).
            if (*(MethodTable**)o != t)
                ThrowHelpers.ThrowInvalidCast(*(MethodTable**)o, nullable);
            *destination = 1;
            Wasm.CopyBlock(destination + nullable->NullableValueOffset, o + 8, t->BaseSize - 8);
            Heap.MarkCards(destination, size);
        }
    }
}
