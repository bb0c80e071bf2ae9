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

        /// <summary>Array.GetLengthInternal(ObjectHandleOnStack array, int dimension).</summary>
        [Implements("System.Array", "GetLengthInternal")]
        public static int GetLength(void*** array, int dimension) => Bound(array, dimension, 0);

        /// <summary>Array.GetLowerBoundInternal(ObjectHandleOnStack array, int dimension).</summary>
        [Implements("System.Array", "GetLowerBoundInternal")]
        public static int GetLowerBound(void*** array, int dimension) => Bound(array, dimension, 1);

        /// <summary>A dimension's length (`which` 0) or lower bound (1); an SZ array has one dimension from 0.</summary>
        private static int Bound(void*** handle, int dimension, int which)
        {
            byte* a = (byte*)**handle;
            MethodTable* mt = *(MethodTable**)a;
            if ((uint)dimension >= mt->Rank)
                ThrowHelpers.ThrowIndexOutOfRange();
            int* bounds = *(int**)(a + 8);
            if (bounds == null)
                return which == 0 ? *(int*)(a + 12) : 0;
            return bounds[2 * dimension + which];
        }
    }
}
