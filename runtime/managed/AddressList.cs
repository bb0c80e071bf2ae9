// A growable array of object addresses in the runtime's own pages (Heap.TakeRuntimePages): the collector's side
// tables (finalization's registry and queue, the ephemeron arrays), which must not be managed objects, since the
// collector walks them while it collects and the registry must not keep what it lists alive.

namespace WasmR2R.Runtime
{
    /// <summary>A growable array of object addresses in the runtime's own pages.</summary>
    internal unsafe struct AddressList
    {
        public uint* Items;
        public uint Count;
        public uint Capacity;

        public void Add(uint item)
        {
            if (Count == Capacity)
            {
                uint pages = Capacity == 0 ? 1 : 2 * Capacity * 4 / Heap.PageSize;
                uint* grown = (uint*)Heap.TakeRuntimePagesOrFail(pages);
                if (Items != null)
                {
                    Wasm.CopyBlock(grown, Items, Count * 4);
                    Heap.ReleaseRuntimePages((byte*)Items, Capacity * 4 / Heap.PageSize);
                }
                Items = grown;
                Capacity = pages * Heap.PageSize / 4;
            }
            Items[Count++] = item;
        }

        /// <summary>Removes the entry for `item`, searching from the most recent; false when there is none.</summary>
        public bool Remove(uint item)
        {
            for (uint i = Count; i-- > 0;)
            {
                if (Items[i] == item)
                {
                    Items[i] = Items[--Count];
                    return true;
                }
            }
            return false;
        }
    }
}
