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
                ThrowHelpers.ThrowInvalidCast();
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
                ThrowHelpers.ThrowInvalidCast();
            *destination = 1;
            Wasm.CopyBlock(destination + nullable->NullableValueOffset, o + 8, t->BaseSize - 8);
        }
    }
}
