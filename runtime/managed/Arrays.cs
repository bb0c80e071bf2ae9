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
            byte* slot = a + 16 + 4 * index;
            *(void**)slot = Wasm.AddressOf(value);
            // The write barrier (Heap.MarkCards, written out: every reference store into an array comes here).
            Heap.CardTable[(uint)slot >> Heap.CardShift] = 1;
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

        /// <summary>Array.GetCorElementTypeOfElementTypeInternal(ObjectHandleOnStack array): the element type's
        /// CorElementType, an enum's being its underlying type's (Buffer.BlockCopy's primitive-array check, CopySlow's
        /// conversions).</summary>
        [Implements("System.Array", "GetCorElementTypeOfElementTypeInternal")]
        public static int ElementCorType(void*** array)
        {
            MethodTable* element = (*(MethodTable**)**array)->ElementType;
            return MethodTable.Kind(element) == MethodTable.KindEnum
                ? (int)MethodTable.PrimitiveCode(element)
                : TypeQueries.CorElementType(element);
        }

        /// <summary>Array.IsValueOfElementTypeInternal(ObjectHandleOnStack array, ObjectHandleOnStack value): whether
        /// the value's exact type is the array's element type (Array.SetValue's fast path).</summary>
        [Implements("System.Array", "IsValueOfElementTypeInternal")]
        public static bool IsValueOfElementType(void*** array, void*** value) =>
            (*(MethodTable**)**array)->ElementType == *(MethodTable**)**value;

        /// <summary>
        /// Array.FastCopy(ObjectHandleOnStack source, int sourceIndex, ObjectHandleOnStack destination, int
        /// destinationIndex, int length), after CopyImpl's argument checks: copies and returns true when no element
        /// needs a conversion or a check — the same array type, or reference elements the destination's type accepts
        /// all of. Otherwise (and for ranges outside either array) false: CopySlow converts, checks and throws.
        /// </summary>
        [Implements("System.Array", "FastCopy")]
        public static bool FastCopy(void*** source, int sourceIndex, void*** destination, int destinationIndex, int length)
        {
            byte* s = (byte*)**source;
            byte* d = (byte*)**destination;
            MethodTable* sourceType = *(MethodTable**)s;
            MethodTable* destinationType = *(MethodTable**)d;
            if (sourceIndex < 0 || destinationIndex < 0 || length < 0
                || (uint)sourceIndex + (uint)length > *(uint*)(s + 12)
                || (uint)destinationIndex + (uint)length > *(uint*)(d + 12))
                return false;
            if (sourceType != destinationType)
            {
                MethodTable* from = sourceType->ElementType;
                MethodTable* to = destinationType->ElementType;
                if (sourceType->Rank != destinationType->Rank || !MethodTable.IsReferenceType(from)
                    || !MethodTable.IsReferenceType(to) || !(from == to || Casting.IsAssignable(from, to)))
                    return false;
            }
            uint size = sourceType->ComponentSize;
            Wasm.CopyBlock(d + 16 + size * (uint)destinationIndex, s + 16 + size * (uint)sourceIndex, size * (uint)length);
            Heap.MarkCards(d + 16 + size * (uint)destinationIndex, size * (uint)length);
            return true;
        }

        /// <summary>The lower bound of the first dimension of the array at `a` (an SZ array's is 0).</summary>
        public static int LowerBound(byte* a)
        {
            int* bounds = *(int**)(a + 8);
            return bounds == null ? 0 : bounds[1];
        }

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
