// Array elements seen as objects: Array.Copy between arrays of different element types (Mono's CopySlow asks
// reflection about the element types; this answers from the MethodTables), Array.GetValue and Array.SetValue.
// The rules are CoreCLR's, as probed on CoreCLR 10 (tests/programs/ArrayCopyConversions and ArrayGetSetValue):
//  - Copy: integers of one size copy as bits whatever their sign (an enum counts as its underlying type);
//    primitives widen by value; values box into references their type is assignable to; references unbox into
//    exactly their own value type; references downcast element by element; anything else is a type mismatch.
//    ConstrainedCopy allows only the copies that cannot fail halfway or change a value.
//  - SetValue: a primitive element takes a primitive or enum of its own type or one that widens to it
//    (ArgumentException otherwise); any other element takes exactly its own type (InvalidCastException);
//    null sets the default value.

using System;
using System.Runtime.CompilerServices;

namespace WasmR2R.Runtime
{
    internal static unsafe class ArrayElements
    {
        private const int Data = 16;

        private enum Conversion
        {
            Bits,
            Widen,
            Box,
            Unbox,
            Downcast,
            Mismatch,
        }

        /// <summary>
        /// Array.InternalCreate(ref Array result, IntPtr elementType, int rank, int* lengths, int* lowerBounds):
        /// Array.CreateInstance. A one-dimensional, zero-based array of a type whose arrays the program creates
        /// anywhere (its MethodTable names them); other shapes are reported, since their MethodTables are not in
        /// the image.
        /// </summary>
        [Implements("System.Array", "InternalCreate")]
        public static void InternalCreate(ref Array result, IntPtr elementType, int rank, int* lengths, int* lowerBounds)
        {
            MethodTable* element = (MethodTable*)elementType;
            MethodTable* array = element->Reflection == null ? null : element->Reflection->SzArray;
            if (rank != 1 || (lowerBounds != null && lowerBounds[0] != 0) || array == null)
                ExceptionDispatch.Raise(new NotSupportedException("Array.CreateInstance of this array type: the program "
                    + "creates no such array, so a WasmR2R image has no MethodTable for it."));
            if (lengths[0] < 0)
                ExceptionDispatch.Raise(new ArgumentOutOfRangeException("lengths", "Non-negative number required."));
            result = (Array)Allocator.AllocArray(array, lengths[0]);
        }

        /// <summary>Array.GetGenericValue_icall&lt;T&gt;(ObjectHandleOnStack array, int position, ref T value): element
        /// `position` of an SZ array of T (IList&lt;T&gt;'s indexer on arrays, after CoreLib's bounds check).</summary>
        [Implements("System.Array", "GetGenericValue_icall")]
        public static void GetGenericValue<T>(void*** array, int position, ref T value) =>
            value = Unsafe.Add(ref Unsafe.AsRef<T>((byte*)**array + Data), position);

        /// <summary>Array.SetGenericValue_icall&lt;T&gt;(ObjectHandleOnStack array, int position, ref T value).</summary>
        [Implements("System.Array", "SetGenericValue_icall")]
        public static void SetGenericValue<T>(void*** array, int position, ref T value) =>
            Unsafe.Add(ref Unsafe.AsRef<T>((byte*)**array + Data), position) = value;

        /// <summary>Array.Copy's element that does not convert, with CoreLib's message (InvalidCast_DownCastArrayElement).</summary>
        private static void ThrowElementCast() =>
            ExceptionDispatch.Raise(new InvalidCastException(
                "At least one element in the source array could not be cast down to the destination array type."));

        /// <summary>
        /// Array.CopySlow(Array source, int sourceIndex, Array destination, int destinationIndex, int length, bool
        /// reliable): what FastCopy did not do, after Copy's null, rank and sign checks.
        /// </summary>
        [Replaces("System.Array", "CopySlow")]
        public static void CopySlow(Array source, int sourceIndex, Array destination, int destinationIndex, int length,
            bool reliable)
        {
            byte* s = (byte*)Wasm.AddressOf(source);
            byte* d = (byte*)Wasm.AddressOf(destination);
            int from = sourceIndex - Arrays.LowerBound(s);
            int to = destinationIndex - Arrays.LowerBound(d);
            // CoreLib's messages (Arg_LongerThanSrcArray, Arg_LongerThanDestArray, ArgumentOutOfRange_ArrayLB).
            if (from < 0)
                ExceptionDispatch.Raise(new ArgumentOutOfRangeException(nameof(sourceIndex),
                    "Number was less than the array's lower bound in the first dimension."));
            if (to < 0)
                ExceptionDispatch.Raise(new ArgumentOutOfRangeException(nameof(destinationIndex),
                    "Number was less than the array's lower bound in the first dimension."));
            if (from > *(int*)(s + 12) - length)
                ExceptionDispatch.Raise(new ArgumentException(
                    "Source array was not long enough. Check the source index, length, and the array's lower bounds.",
                    "sourceArray"));
            if (to > *(int*)(d + 12) - length)
                ExceptionDispatch.Raise(new ArgumentException(
                    "Destination array was not long enough. Check the destination index, length, and the array's lower bounds.",
                    "destinationArray"));

            MethodTable* sourceElement = (*(MethodTable**)s)->ElementType;
            MethodTable* destinationElement = (*(MethodTable**)d)->ElementType;
            Conversion conversion = Classify(sourceElement, destinationElement, reliable);
            uint sourceSize = (*(MethodTable**)s)->ComponentSize;
            uint destinationSize = (*(MethodTable**)d)->ComponentSize;
            byte* sourceData = s + Data + sourceSize * (uint)from;
            byte* destinationData = d + Data + destinationSize * (uint)to;
            switch (conversion)
            {
                case Conversion.Bits:
                    Wasm.CopyBlock(destinationData, sourceData, sourceSize * (uint)length);
                    Heap.MarkCards(destinationData, sourceSize * (uint)length);
                    return;
                case Conversion.Widen:
                    uint fromCode = MethodTable.PrimitiveCode(sourceElement);
                    uint toCode = MethodTable.PrimitiveCode(destinationElement);
                    for (int i = 0; i < length; i++)
                        Widen(sourceData + sourceSize * (uint)i, fromCode, destinationData + destinationSize * (uint)i, toCode);
                    return;
                case Conversion.Box:
                    for (int i = 0; i < length; i++)
                    {
                        object boxed = Box(sourceElement, sourceData + sourceSize * (uint)i);
                        *(void**)(destinationData + 4 * i) = Wasm.AddressOf(boxed);
                        // Before the next box's allocation, which may collect.
                        Heap.MarkCards(destinationData + 4 * i, 4);
                    }
                    return;
                case Conversion.Unbox:
                    for (int i = 0; i < length; i++)
                    {
                        object value = Wasm.ObjectAt(*(void**)(sourceData + 4 * i));
                        if (!UnboxExact(destinationElement, value, destinationData + destinationSize * (uint)i))
                            ThrowElementCast();
                    }
                    return;
                case Conversion.Downcast:
                    for (int i = 0; i < length; i++)
                    {
                        void* value = *(void**)(sourceData + 4 * i);
                        if (value != null && !Casting.IsAssignable(*(MethodTable**)value, destinationElement))
                            ThrowElementCast();
                        *(void**)(destinationData + 4 * i) = value;
                    }
                    Heap.MarkCards(destinationData, 4 * (uint)length);
                    return;
                default:
                    ThrowHelpers.ThrowArrayTypeMismatch();
                    return;
            }
        }

        /// <summary>How elements of type `from` become elements of type `to`.</summary>
        private static Conversion Classify(MethodTable* from, MethodTable* to, bool reliable)
        {
            if (from == to)
                return Conversion.Bits;
            bool fromReference = MethodTable.IsReferenceType(from);
            bool toReference = MethodTable.IsReferenceType(to);
            if (fromReference && toReference)
            {
                if (Casting.IsAssignable(from, to))
                    return Conversion.Bits;
                bool related = Casting.IsAssignable(to, from) || MethodTable.Kind(from) == MethodTable.KindInterface
                    || MethodTable.Kind(to) == MethodTable.KindInterface;
                return related && !reliable ? Conversion.Downcast : Conversion.Mismatch;
            }
            if (MethodTable.IsUnmanagedPointer(from) || MethodTable.IsUnmanagedPointer(to))
                return Conversion.Mismatch;
            if (!fromReference && toReference)
                return !reliable && Casting.IsAssignable(BoxedType(from), to) ? Conversion.Box : Conversion.Mismatch;
            if (fromReference)
                return !reliable && Casting.IsAssignable(BoxedType(to), from) ? Conversion.Unbox : Conversion.Mismatch;
            uint fromCode = MethodTable.PrimitiveCode(from);
            uint toCode = MethodTable.PrimitiveCode(to);
            if (fromCode == 0 || toCode == 0)
                return Conversion.Mismatch;
            if (SizeClass(fromCode) != 0 && SizeClass(fromCode) == SizeClass(toCode))
                return Conversion.Bits;
            return !reliable && Widens(fromCode, toCode) ? Conversion.Widen : Conversion.Mismatch;
        }

        /// <summary>The type a value of `mt` boxes to: T for Nullable&lt;T&gt;, else itself.</summary>
        private static MethodTable* BoxedType(MethodTable* mt) =>
            MethodTable.Kind(mt) == MethodTable.KindNullable ? mt->ElementType : mt;

        // Element type codes (ECMA-335 II.23.1.16) of the primitives.
        private const uint Boolean = 0x02, Char = 0x03, I1 = 0x04, U1 = 0x05, I2 = 0x06, U2 = 0x07, I4 = 0x08,
            U4 = 0x09, I8 = 0x0A, U8 = 0x0B, R4 = 0x0C, R8 = 0x0D, I = 0x18, U = 0x19;

        /// <summary>The integers that copy as bits into each other (same size, either sign): 1, 2, 4, 8 bytes and
        /// native size (16); 0 for bool, char and floating point, which copy only into themselves.</summary>
        private static uint SizeClass(uint code)
        {
            switch (code)
            {
                case I1: case U1: return 1;
                case I2: case U2: return 2;
                case I4: case U4: return 4;
                case I8: case U8: return 8;
                case I: case U: return 16;
                default: return 0;
            }
        }

        /// <summary>Whether a `from` value widens to `to` without loss of sign (CoreCLR's primitive widening).</summary>
        private static bool Widens(uint from, uint to)
        {
            if (from == to)
                return true;
            bool toFloat = to == R4 || to == R8;
            switch (from)
            {
                case Char: return to == U2 || to == U4 || to == I4 || to == U8 || to == I8 || toFloat;
                case I1: return to == I2 || to == I4 || to == I8 || toFloat;
                case U1: return to == Char || to == U2 || to == I2 || to == U4 || to == I4 || to == U8 || to == I8 || toFloat;
                case I2: return to == I4 || to == I8 || toFloat;
                case U2: return to == Char || to == U4 || to == I4 || to == U8 || to == I8 || toFloat;
                case I4: return to == I8 || toFloat;
                case U4: return to == U8 || to == I8 || toFloat;
                case I8: case U8: return toFloat;
                case R4: return to == R8;
                default: return false;
            }
        }

        /// <summary>Writes the `from` value at `source` as a `to` at `destination` (a widening Widens allows).</summary>
        private static void Widen(byte* source, uint from, byte* destination, uint to)
        {
            long signed = 0;
            ulong unsigned = 0;
            double real = 0;
            bool isSigned = false, isReal = false;
            switch (from)
            {
                case I1: signed = *(sbyte*)source; isSigned = true; break;
                case I2: signed = *(short*)source; isSigned = true; break;
                case I4: signed = *(int*)source; isSigned = true; break;
                case I8: signed = *(long*)source; isSigned = true; break;
                case U1: case Boolean: unsigned = *source; break;
                case U2: case Char: unsigned = *(ushort*)source; break;
                case U4: unsigned = *(uint*)source; break;
                case U8: unsigned = *(ulong*)source; break;
                case R4: real = *(float*)source; isReal = true; break;
                default: real = *(double*)source; isReal = true; break;
            }
            if (to == R4)
                *(float*)destination = isReal ? (float)real : isSigned ? signed : (float)unsigned;
            else if (to == R8)
                *(double*)destination = isReal ? real : isSigned ? signed : (double)unsigned;
            else
            {
                // An integer: widening never changes the value, so the low bytes of its 64-bit form are it.
                ulong bits = isSigned ? (ulong)signed : unsigned;
                switch (to)
                {
                    case I1: case U1: *destination = (byte)bits; break;
                    case I2: case U2: case Char: *(ushort*)destination = (ushort)bits; break;
                    case I4: case U4: *(uint*)destination = (uint)bits; break;
                    default: *(ulong*)destination = bits; break;
                }
            }
        }

        /// <summary>
        /// Boxes the value of type `mt` at `value`: a Nullable to null or its T. The compiler makes every value type
        /// that is an array element constructed once this method is in the image (Helper::BoxArrayElement), so the
        /// box has its vtable even when no code of the program boxes that type itself.
        /// </summary>
        public static object Box(MethodTable* mt, byte* value)
        {
            if (MethodTable.Kind(mt) == MethodTable.KindNullable)
                return Boxing.BoxNullable(mt, value);
            object boxed = Allocator.AllocObject(mt);
            Wasm.CopyBlock((byte*)Wasm.AddressOf(boxed) + 8, value, mt->BaseSize - 8);
            return boxed;
        }

        /// <summary>Stores `value` as a `to` at `destination` if it is exactly a boxed `to` (for Nullable&lt;T&gt;:
        /// a boxed T, or null for no value); false otherwise, leaving the destination alone.</summary>
        private static bool UnboxExact(MethodTable* to, object value, byte* destination)
        {
            if (MethodTable.Kind(to) == MethodTable.KindNullable)
            {
                if (value != null && *(MethodTable**)Wasm.AddressOf(value) != to->ElementType)
                    return false;
                Boxing.UnboxNullable(to, value, destination);
                return true;
            }
            if (value == null || *(MethodTable**)Wasm.AddressOf(value) != to)
                return false;
            Wasm.CopyBlock(destination, (byte*)Wasm.AddressOf(value) + 8, to->BaseSize - 8);
            Heap.MarkCards(destination, to->BaseSize - 8);
            return true;
        }

        /// <summary>Array.GetValueImpl(ObjectHandleOnStack array, ObjectHandleOnStack result, int position): the
        /// element at a flattened position, boxed if it is a value.</summary>
        [Implements("System.Array", "GetValueImpl")]
        public static void GetValue(void*** array, void*** result, int position)
        {
            byte* a = (byte*)**array;
            MethodTable* element = (*(MethodTable**)a)->ElementType;
            byte* at = a + Data + (*(MethodTable**)a)->ComponentSize * (uint)position;
            if (MethodTable.IsReferenceType(element))
                **result = *(void**)at;
            else if (MethodTable.IsUnmanagedPointer(element))
                ExceptionDispatch.Raise(new NotSupportedException("Type is not supported."));
            else
                **result = Wasm.AddressOf(Box(element, at));
        }

        /// <summary>Array.SetValueImpl(ObjectHandleOnStack array, ObjectHandleOnStack value, int position).</summary>
        [Implements("System.Array", "SetValueImpl")]
        public static void SetValue(void*** array, void*** value, int position)
        {
            byte* a = (byte*)**array;
            MethodTable* element = (*(MethodTable**)a)->ElementType;
            uint size = (*(MethodTable**)a)->ComponentSize;
            byte* at = a + Data + size * (uint)position;
            object v = Wasm.ObjectAt(**value);
            if (MethodTable.IsReferenceType(element))
            {
                if (v != null && !Casting.IsAssignable(*(MethodTable**)**value, element))
                    ThrowHelpers.ThrowInvalidCast();
                *(void**)at = **value;
                Heap.MarkCards(at, 4);
                return;
            }
            if (MethodTable.IsUnmanagedPointer(element))
                ExceptionDispatch.Raise(new NotSupportedException("Type is not supported."));
            if (v == null)
            {
                Wasm.FillBlock(at, 0, size);
                return;
            }
            MethodTable* actual = *(MethodTable**)**value;
            uint toCode = MethodTable.Kind(element) == MethodTable.KindPrimitive ? MethodTable.PrimitiveCode(element) : 0;
            if (toCode != 0 && actual != element)
            {
                uint fromCode = MethodTable.PrimitiveCode(actual);
                if (fromCode == 0)
                    ThrowHelpers.ThrowInvalidCast();
                if (!Widens(fromCode, toCode))
                    ExceptionDispatch.Raise(new ArgumentException("Object type cannot be converted to target type."));
                Widen((byte*)**value + 8, fromCode, at, toCode);
                return;
            }
            if (!UnboxExact(element, v, at))
                ThrowHelpers.ThrowInvalidCast();
        }
    }
}
