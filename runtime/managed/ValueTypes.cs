// ValueType.Equals and GetHashCode for structs that do not override them. Mono's CoreLib asks the runtime to compare
// the fields it can (InternalEquals) and to hand back, in pairs, those whose own Equals must decide (references, and
// nested structs boxed); likewise for hashing. The fields come from the MethodTable's field map, which the compiler
// writes for every boxable struct while this class is in the image (abi.rs, method_table::FIELD_MAP). Equality
// is CoreCLR's field by field: floating-point fields as float.Equals/double.Equals (NaN equals NaN, 0.0 equals
// -0.0), everything else by value.

namespace WasmR2R.Runtime
{
    internal static unsafe class ValueTypes
    {
        /// <summary>A walk over a field map: {count, then per field offset &lt;&lt; 8 | kind, and a struct field's
        /// MethodTable}.</summary>
        private struct Fields
        {
            private uint* _next;
            private uint _left;
            public uint Offset;
            public uint Kind;
            public MethodTable* Nested;

            public Fields(uint* map)
            {
                _next = map + 1;
                _left = map[0];
                Offset = Kind = 0;
                Nested = null;
            }

            public bool Next()
            {
                if (_left == 0)
                    return false;
                _left--;
                Offset = *_next >> 8;
                Kind = *_next & 0xFF;
                Nested = Kind == MethodTable.FieldStruct ? (MethodTable*)_next[1] : null;
                _next += Kind == MethodTable.FieldStruct ? 2 : 1;
                return true;
            }

            /// <summary>Whether the field's own Equals decides (a reference, or a struct boxed for it).</summary>
            public bool IsObject => Kind == MethodTable.FieldReference || Kind == MethodTable.FieldStruct;
        }

        /// <summary>ValueType.InternalEquals(object, object, out object[] fields): false if a compared field
        /// differs; otherwise true, with `fields` holding {this field, that field} pairs still to compare (null when
        /// none).</summary>
        [Implements("System.ValueType", "InternalEquals")]
        public static bool InternalEquals(object first, object second, out object[] fields)
        {
            fields = null;
            byte* a = (byte*)Wasm.AddressOf(first) + 8;
            byte* b = (byte*)Wasm.AddressOf(second) + 8;
            uint* map = (*(MethodTable**)Wasm.AddressOf(first))->FieldMap;
            if (map == null)
                return true;
            int pairs = 0;
            for (Fields f = new Fields(map); f.Next();)
            {
                if (f.IsObject)
                    pairs++;
                else if (!ScalarEquals(f.Kind, a + f.Offset, b + f.Offset))
                    return false;
            }
            if (pairs > 0)
                fields = Others(map, first, second, pairs);
            return true;
        }

        /// <summary>ValueType.InternalGetHashCode(object, out object[] fields): a hash of the compared fields;
        /// `fields` holds the others, whose hash codes CoreLib mixes in (null when none).</summary>
        [Implements("System.ValueType", "InternalGetHashCode")]
        public static int InternalGetHashCode(object value, out object[] fields)
        {
            fields = null;
            byte* v = (byte*)Wasm.AddressOf(value) + 8;
            uint* map = (*(MethodTable**)Wasm.AddressOf(value))->FieldMap;
            if (map == null)
                return 0;
            int hash = 0;
            int others = 0;
            for (Fields f = new Fields(map); f.Next();)
            {
                if (f.IsObject)
                    others++;
                else
                    hash = hash * 31 + ScalarHash(f.Kind, v + f.Offset);
            }
            if (others > 0)
                fields = Others(map, value, null, others);
            return hash;
        }

        /// <summary>The reference and struct fields of `first` (and, when `second` is not null, each followed by
        /// the same field of `second`), nested structs boxed.</summary>
        private static object[] Others(uint* map, object first, object second, int count)
        {
            object[] result = new object[second == null ? count : 2 * count];
            int next = 0;
            for (Fields f = new Fields(map); f.Next();)
            {
                if (!f.IsObject)
                    continue;
                result[next++] = FieldOf(first, f.Offset, f.Nested);
                if (second != null)
                    result[next++] = FieldOf(second, f.Offset, f.Nested);
            }
            return result;
        }

        private static object FieldOf(object box, uint offset, MethodTable* nested)
        {
            byte* at = (byte*)Wasm.AddressOf(box) + 8 + offset;
            return nested == null ? Wasm.ObjectAt(*(void**)at) : BoxField(nested, at);
        }

        /// <summary>Boxes a struct field (the compiler makes the field types of boxable structs constructed while
        /// this method is in the image: Helper::BoxStructField).</summary>
        public static object BoxField(MethodTable* mt, byte* value) => ArrayElements.Box(mt, value);

        private static bool ScalarEquals(uint kind, byte* a, byte* b)
        {
            switch (kind)
            {
                case MethodTable.FieldBits1: return *a == *b;
                case MethodTable.FieldBits2: return *(ushort*)a == *(ushort*)b;
                case MethodTable.FieldBits8: return *(ulong*)a == *(ulong*)b;
                case MethodTable.FieldFloat32:
                {
                    float x = *(float*)a, y = *(float*)b;
                    return x == y || (float.IsNaN(x) && float.IsNaN(y));
                }
                case MethodTable.FieldFloat64:
                {
                    double x = *(double*)a, y = *(double*)b;
                    return x == y || (double.IsNaN(x) && double.IsNaN(y));
                }
                default: return *(uint*)a == *(uint*)b;
            }
        }

        /// <summary>A field's hash, equal for fields ScalarEquals calls equal (all NaNs alike, 0.0 as -0.0).</summary>
        private static int ScalarHash(uint kind, byte* v)
        {
            switch (kind)
            {
                case MethodTable.FieldBits1: return *v;
                case MethodTable.FieldBits2: return *(ushort*)v;
                case MethodTable.FieldBits8: return (int)*(ulong*)v ^ (int)(*(ulong*)v >> 32);
                case MethodTable.FieldFloat32:
                {
                    float x = *(float*)v;
                    return x == 0 ? 0 : float.IsNaN(x) ? 0x7FC00000 : *(int*)v;
                }
                case MethodTable.FieldFloat64:
                {
                    double x = *(double*)v;
                    if (x == 0)
                        return 0;
                    if (double.IsNaN(x))
                        return 0x7FF80000;
                    return (int)*(ulong*)v ^ (int)(*(ulong*)v >> 32);
                }
                default: return *(int*)v;
            }
        }
    }
}
