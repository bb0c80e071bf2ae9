// Type objects: exactly one System.RuntimeType per type, made on first use and kept in its MethodTable, whose
// type handle is the MethodTable itself; so typeof(A) == typeof(B) compares references, as CoreLib expects.

using System;

namespace WasmR2R.Runtime
{
    internal static unsafe class TypeHandles
    {
        public static object GetRuntimeType(MethodTable* mt)
        {
            if (mt == null)
                return null;
            if (mt->RuntimeType != null)
                return Wasm.ObjectAt(mt->RuntimeType);
            object type = Allocator.AllocObject(Wasm.RuntimeTypeMethodTable());
            *(MethodTable**)((byte*)Wasm.AddressOf(type) + Wasm.RuntimeTypeHandleOffset()) = mt;
            Keep(type);
            mt->RuntimeType = Wasm.AddressOf(type);
            return type;
        }

        /// <summary>Every type object made so far: the MethodTables that point to them are not scanned by the
        /// collector, this static array is.</summary>
        private static object[] s_types;
        private static int s_typeCount;

        private static void Keep(object type)
        {
            if (s_types == null || s_typeCount == s_types.Length)
            {
                object[] grown = new object[s_types == null ? 32 : 2 * s_types.Length];
                for (int i = 0; i < s_typeCount; i++)
                    grown[i] = s_types[i];
                s_types = grown;
            }
            s_types[s_typeCount++] = type;
        }

        /// <summary>RuntimeTypeHandle.HasReferences(QCallTypeHandle): whether instances hold references
        /// (Marshal.IsPinnable asks).</summary>
        [Implements("System.RuntimeTypeHandle", "HasReferences")]
        public static bool HasReferences(void** type) => (((MethodTable*)type[1])->Flags & MethodTable.ContainsRefs) != 0;

        /// <summary>The MethodTable a RuntimeType stands for (its type handle).</summary>
        public static MethodTable* MethodTableOf(object type) =>
            *(MethodTable**)((byte*)Wasm.AddressOf(type) + Wasm.RuntimeTypeHandleOffset());

        /// <summary>Type.internal_from_handle: the RuntimeType of a type handle (our MethodTable pointer).</summary>
        [Implements("System.Type", "internal_from_handle")]
        public static Type FromHandle(IntPtr handle) => (Type)GetRuntimeType((MethodTable*)handle);
    }
}
