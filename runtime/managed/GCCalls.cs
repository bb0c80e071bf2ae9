// System.GC's internal calls, answered by our collector: one generation (every collection is a full one).
// Finalization's are in Finalization.cs, the ephemerons' in Ephemerons.cs.

namespace WasmR2R.Runtime
{
    internal static class GCCalls
    {
        [Implements("System.GC", "InternalCollect")]
        public static void InternalCollect(int generation) => Collector.Collect();

        [Implements("System.GC", "GetMaxGeneration")]
        public static int GetMaxGeneration() => 0;

        [Implements("System.GC", "GetGeneration")]
        public static int GetGeneration(object o) => 0;

        [Implements("System.GC", "GetCollectionCount")]
        public static int GetCollectionCount(int generation) => generation == 0 ? Collector.CollectionCount : 0;

        /// <summary>The bytes the live objects of the last collection take, plus those allocated since.</summary>
        [Implements("System.GC", "GetTotalMemory")]
        public static long GetTotalMemory(bool forceFullCollection)
        {
            if (forceFullCollection)
                Collector.Collect();
            return (long)Collector.BytesInUse;
        }

        /// <summary>GC.AllocateArray and AllocateUninitializedArray with `pinned`: objects never move here, so a
        /// pinned array is an ordinary one (zeroed, as every allocation is). `arrayType` is the array's type.</summary>
        [Implements("System.GC", "AllocPinnedArray")]
        public static unsafe System.Array AllocPinnedArray(System.Type arrayType, int length) =>
            (System.Array)Allocator.AllocArray(TypeHandles.MethodTableOf(arrayType), length);

        /// <summary>
        /// GC._GetGCMemoryInfo, behind GC.GetGCMemoryInfo (and ArrayPool's trimming, which asks about memory
        /// pressure). Linear memory is the machine here: it may grow to 4 GiB, wasm32's limit (Node and browsers
        /// allow it), and its current size is both the memory load and what is committed; the heap is what the
        /// collector holds (live objects and those allocated since the last collection). Fragmentation is not
        /// measured: 0.
        /// </summary>
        [Implements("System.GC", "_GetGCMemoryInfo")]
        public static void GetGCMemoryInfo(out long highMemoryLoadThresholdBytes, out long memoryLoadBytes,
            out long totalAvailableMemoryBytes, out long totalCommittedBytes, out long heapSizeBytes,
            out long fragmentedBytes)
        {
            const long addressSpace = 1L << 32;
            totalAvailableMemoryBytes = addressSpace;
            highMemoryLoadThresholdBytes = addressSpace / 10 * 9;
            memoryLoadBytes = (long)Wasm.MemorySize() << 16;
            totalCommittedBytes = memoryLoadBytes;
            heapSizeBytes = (long)Collector.BytesInUse;
            fragmentedBytes = 0;
        }

        [Implements("System.GC", "GetTotalAllocatedBytes")]
        public static long GetTotalAllocatedBytes(bool precise) => (long)Collector.TotalAllocated;

        [Implements("System.GC", "GetAllocatedBytesForCurrentThread")]
        public static long GetAllocatedBytesForCurrentThread() => (long)Collector.TotalAllocated;

        /// <summary>Unmanaged memory the program says it holds: counted toward the next collection's budget.</summary>
        [Implements("System.GC", "AddPressure")]
        public static void AddPressure(ulong bytes) => Collector.AddPressure(bytes);

        /// <summary>Pressure only brings a collection closer; taking it back changes nothing already decided.</summary>
        [Implements("System.GC", "RemovePressure")]
        public static void RemovePressure(ulong bytes)
        {
        }
    }
}
