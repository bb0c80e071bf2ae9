// Array stores and element addresses that depend on the array's actual element type (covariance).

namespace WasmR2R.Runtime
{
    internal static unsafe class Arrays
    {
        /// <summary>stelem.ref: a store checked against the array's element type (ArrayTypeMismatchException).</summary>
        public static void StelemRef(object array, int index, object value)
        {
            if (array == null)
                ThrowHelpers.ThrowNullReference();
            byte* a = (byte*)Wasm.AddressOf(array);
            if ((uint)index >= *(uint*)(a + 12))
                ThrowHelpers.ThrowIndexOutOfRange();
            if (value != null)
            {
                MethodTable* element = (*(MethodTable**)a)->ElementType;
                MethodTable* actual = *(MethodTable**)Wasm.AddressOf(value);
                if (actual != element && !Casting.IsAssignable(actual, element))
                    ThrowHelpers.ThrowArrayTypeMismatch();
            }
            *(void**)(a + 16 + 4 * index) = Wasm.AddressOf(value);
        }

        /// <summary>ldelema of a reference type: the array's element type must be exactly the one asked for.</summary>
        public static ref byte LdelemaRef(object array, int index, MethodTable* element)
        {
            if (array == null)
                ThrowHelpers.ThrowNullReference();
            byte* a = (byte*)Wasm.AddressOf(array);
            if ((uint)index >= *(uint*)(a + 12))
                ThrowHelpers.ThrowIndexOutOfRange();
            if ((*(MethodTable**)a)->ElementType != element)
                ThrowHelpers.ThrowArrayTypeMismatch();
            return ref *(a + 16 + 4 * index);
        }
    }
}
