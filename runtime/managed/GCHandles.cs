// GC handles (System.Runtime.InteropServices.GCHandle's internal calls, which WeakReference and WeakReference<T>
// are built on): a table of {target, type} entries in the runtime's own pages. A handle is its entry's address, so
// its low bit is free for CoreLib's pinned tag. Normal and pinned handles are roots (pinning costs nothing: objects
// never move); a weak handle whose target was not marked is cleared before the sweep: a short one (Weak) before
// finalization keeps unreachable finalizable objects alive, a long one (WeakTrackResurrection) after.

namespace WasmR2R.Runtime
{
    internal static unsafe class GCHandles
    {
        // System.Runtime.InteropServices.GCHandleType, and our mark for a free entry.
        private const uint Weak = 0;
        private const uint WeakTrackResurrection = 1;
        private const uint Normal = 2;
        private const uint Pinned = 3;
        private const uint FreeEntry = 0xFF;

        /// <summary>A chunk is one page: the next chunk's address, a pad word, then entries of two words.</summary>
        private const uint EntriesPerChunk = (Heap.PageSize - 8) / 8;

        private static byte* s_chunks;
        /// <summary>Free entries, linked through their target word.</summary>
        private static uint* s_free;

        [Implements("System.Runtime.InteropServices.GCHandle", "InternalAlloc")]
        public static System.IntPtr InternalAlloc(object value, int type)
        {
            if (s_free == null)
                AddChunk();
            uint* entry = s_free;
            s_free = (uint*)entry[0];
            entry[0] = (uint)Wasm.AddressOf(value);
            entry[1] = (uint)type;
            return (System.IntPtr)entry;
        }

        [Implements("System.Runtime.InteropServices.GCHandle", "InternalFree")]
        public static void InternalFree(System.IntPtr handle)
        {
            uint* entry = (uint*)handle;
            entry[0] = (uint)s_free;
            entry[1] = FreeEntry;
            s_free = entry;
        }

        [Implements("System.Runtime.InteropServices.GCHandle", "InternalGet")]
        public static object InternalGet(System.IntPtr handle) => Wasm.ObjectAt((void*)((uint*)handle)[0]);

        [Implements("System.Runtime.InteropServices.GCHandle", "InternalSet")]
        public static void InternalSet(System.IntPtr handle, object value) => ((uint*)handle)[0] = (uint)Wasm.AddressOf(value);

        private static void AddChunk()
        {
            byte* chunk = Heap.TakeChunk(ref s_chunks);
            uint* entries = (uint*)(chunk + 8);
            for (uint i = EntriesPerChunk; i-- > 0;)
            {
                entries[2 * i] = (uint)s_free;
                entries[2 * i + 1] = FreeEntry;
                s_free = entries + 2 * i;
            }
        }

        /// <summary>Marks the targets of normal and pinned handles (roots).</summary>
        public static void MarkStrong(delegate*<uint, void> mark)
        {
            for (byte* chunk = s_chunks; chunk != null; chunk = *(byte**)chunk)
            {
                uint* entries = (uint*)(chunk + 8);
                for (uint i = 0; i < EntriesPerChunk; i++)
                {
                    uint type = entries[2 * i + 1];
                    if (type == Normal || type == Pinned)
                        mark(entries[2 * i]);
                }
            }
        }

        /// <summary>After marking: clears the weak handles (`trackResurrection`: the long ones, after finalization
        /// has marked what it keeps) whose targets are heap objects left unmarked.</summary>
        public static void ClearDeadWeak(bool trackResurrection)
        {
            uint kind = trackResurrection ? WeakTrackResurrection : Weak;
            for (byte* chunk = s_chunks; chunk != null; chunk = *(byte**)chunk)
            {
                uint* entries = (uint*)(chunk + 8);
                for (uint i = 0; i < EntriesPerChunk; i++)
                {
                    if (entries[2 * i + 1] != kind)
                        continue;
                    if (entries[2 * i] != 0 && !Heap.Survives(entries[2 * i]))
                        entries[2 * i] = 0;
                }
            }
        }
    }
}
