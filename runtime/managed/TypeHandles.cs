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
            mt->RuntimeType = Wasm.AddressOf(type);
            return type;
        }

        /// <summary>Type.internal_from_handle: the RuntimeType of a type handle (our MethodTable pointer).</summary>
        [Implements("System.Type", "internal_from_handle")]
        public static Type FromHandle(IntPtr handle) => (Type)GetRuntimeType((MethodTable*)handle);
    }
}
