// Casts and type tests: classes (the parent chain), interfaces (the interface map, with generic variance), arrays
// (element types, covariance for references), boxed value types (exact) and Nullable<T> (a boxed T).

namespace WasmR2R.Runtime
{
    internal static unsafe class Casting
    {
        public static object IsInstanceOf(MethodTable* target, object obj)
        {
            if (obj == null)
                return null;
            MethodTable* mt = *(MethodTable**)Wasm.AddressOf(obj);
            return IsAssignable(mt, target) ? obj : null;
        }

        public static object CastTo(MethodTable* target, object obj)
        {
            if (obj == null)
                return null;
            MethodTable* mt = *(MethodTable**)Wasm.AddressOf(obj);
            if (!IsAssignable(mt, target))
                ThrowHelpers.ThrowInvalidCast(mt, target);
            return obj;
        }

        /// <summary>Whether a value of type `from` (an object's exact type, or an array element type) may be used as a `to`.</summary>
        public static bool IsAssignable(MethodTable* from, MethodTable* to)
        {
            if (from == to)
                return true;
            uint kind = MethodTable.Kind(to);
            switch (kind)
            {
                case MethodTable.KindInterface:
                    return ImplementsInterface(from, to);
                case MethodTable.KindSzArray:
                case MethodTable.KindArray:
                    if (MethodTable.Kind(from) != kind || from->Rank != to->Rank)
                        return false;
                    return IsElementAssignable(from->ElementType, to->ElementType);
                case MethodTable.KindNullable:
                    // isinst/castclass Nullable<T> accepts a boxed T.
                    return from == to->ElementType;
                case MethodTable.KindValueType:
                case MethodTable.KindEnum:
                case MethodTable.KindPrimitive:
                case MethodTable.KindPointer:
                case MethodTable.KindByRef:
                case MethodTable.KindFnPointer:
                case MethodTable.KindVoid:
                case MethodTable.KindGenericParameter:
                    return false;
                default:
                    if (MethodTable.Kind(from) == MethodTable.KindInterface)
                        return to->Parent == null; // an interface-typed value is an object
                    for (MethodTable* p = from->Parent; p != null; p = p->Parent)
                        if (p == to)
                            return true;
                    return false;
            }
        }

        /// <summary>Array covariance: elements of references convert as references do; value types must be the same type
        /// (or, as the CLR allows, primitives and enums of the same size).</summary>
        private static bool IsElementAssignable(MethodTable* from, MethodTable* to)
        {
            if (from == to)
                return true;
            if (MethodTable.IsReferenceType(from))
                return MethodTable.IsReferenceType(to) && IsAssignable(from, to);
            uint a = MethodTable.PrimitiveCode(from);
            uint b = MethodTable.PrimitiveCode(to);
            return a != 0 && b != 0 && SameSizeInteger(a, b);
        }

        private static bool SameSizeInteger(uint a, uint b)
        {
            return IntegerSize(a) != 0 && IntegerSize(a) == IntegerSize(b);
        }

        /// <summary>The size of an integer primitive by its element type code (0 for floats, bool and char).</summary>
        private static uint IntegerSize(uint code)
        {
            switch (code)
            {
                case 0x04: case 0x05: return 1;  // sbyte, byte
                case 0x06: case 0x07: return 2;  // short, ushort
                case 0x08: case 0x09: case 0x18: case 0x19: return 4; // int, uint, nint, nuint
                case 0x0A: case 0x0B: return 8;  // long, ulong
                default: return 0;
            }
        }

        public static bool ImplementsInterface(MethodTable* mt, MethodTable* iface)
        {
            // An interface-typed value (a generic argument, an array element type) converts to itself by variance.
            if (MethodTable.Kind(mt) == MethodTable.KindInterface && (iface->Flags & MethodTable.HasVariance) != 0
                && IsVariantCompatible(mt, iface))
                return true;
            return FindInterface(mt, iface) != null;
        }

        /// <summary>The interface map entry of `mt` for `iface`: exact, or through generic variance.</summary>
        public static InterfaceEntry* FindInterface(MethodTable* mt, MethodTable* iface)
        {
            InterfaceEntry* entries = mt->Interfaces;
            uint count = mt->InterfaceCount;
            for (uint i = 0; i < count; i++)
                if (entries[i].Interface == iface)
                    return entries + i;
            if ((iface->Flags & MethodTable.HasVariance) != 0)
            {
                for (uint i = 0; i < count; i++)
                    if (IsVariantCompatible(entries[i].Interface, iface))
                        return entries + i;
            }
            // Array covariance reaches the generic collection interfaces: string[] is an IList<object>.
            if (MethodTable.Kind(mt) == MethodTable.KindSzArray && iface->GenericDefinition != 0)
            {
                for (uint i = 0; i < count; i++)
                {
                    MethodTable* candidate = entries[i].Interface;
                    if (candidate->GenericDefinition == iface->GenericDefinition
                        && IsElementAssignable((MethodTable*)candidate->GenericArguments[1], (MethodTable*)iface->GenericArguments[1]))
                        return entries + i;
                }
            }
            return null;
        }

        /// <summary>Whether generic instantiation `from` converts to `to` by the variance of `to`'s parameters.</summary>
        private static bool IsVariantCompatible(MethodTable* from, MethodTable* to)
        {
            if (from->GenericDefinition == 0 || from->GenericDefinition != to->GenericDefinition)
                return false;
            uint* a = from->GenericArguments;
            uint* b = to->GenericArguments;
            uint count = b[0];
            if (a[0] != count)
                return false;
            for (uint i = 0; i < count; i++)
            {
                MethodTable* x = (MethodTable*)a[1 + 2 * i];
                MethodTable* y = (MethodTable*)b[1 + 2 * i];
                uint variance = b[2 + 2 * i];
                if (x == y)
                    continue;
                if (variance == MethodTable.VarianceCovariant && MethodTable.IsReferenceType(x) && IsAssignable(x, y))
                    continue;
                if (variance == MethodTable.VarianceContravariant && MethodTable.IsReferenceType(y) && IsAssignable(y, x))
                    continue;
                return false;
            }
            return true;
        }
    }
}
