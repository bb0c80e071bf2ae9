// Interface and generic-virtual dispatch: which function-table index a call on an object runs.

namespace WasmR2R.Runtime
{
    internal static unsafe class Dispatch
    {
        /// <summary>The implementation of method `slot` of `iface` for `obj`'s type.</summary>
        public static int InterfaceLookup(object obj, MethodTable* iface, int slot)
        {
            MethodTable* mt = *(MethodTable**)Wasm.AddressOf(obj);
            InterfaceEntry* entry = Casting.FindInterface(mt, iface);
            if (entry == null)
                ThrowHelpers.ThrowInvalidCast();
            uint target = MethodTable.VTable(mt)[entry->FirstSlot + (uint)slot];
            if (target == 0)
                ThrowHelpers.ThrowMissingMethod();
            return (int)target;
        }

        /// <summary>A generic virtual method's implementation for `obj`'s type: `table` lists {MethodTable, index}.</summary>
        public static int GenericVirtualLookup(object obj, uint* table)
        {
            uint mt = *(uint*)Wasm.AddressOf(obj);
            uint count = table[0];
            for (uint i = 0; i < count; i++)
                if (table[1 + 2 * i] == mt)
                    return (int)table[2 + 2 * i];
            ThrowHelpers.ThrowMissingMethod();
            return 0;
        }
    }
}
