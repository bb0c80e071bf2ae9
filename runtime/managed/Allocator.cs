// Allocation: objects, arrays and strings laid out as compiled code expects (docs/abi.md, "Objects"), on the
// garbage-collected heap (Heap.cs; Collector.cs decides when to collect). Memory comes zeroed.

namespace WasmR2R.Runtime
{
    internal static unsafe class Allocator
    {
        /// <summary>The collector's mark stack; a deeper heap is still traced, by walks over the heap.</summary>
        private const uint MarkStackBytes = 256 * 1024;

        /// <summary>Sets the heap up after the image.</summary>
        public static void Initialize()
        {
            Heap.Initialize(MarkStackBytes);
            Collector.Initialize();
        }

        public static object AllocObject(MethodTable* mt)
        {
            byte* p = Collector.Allocate(mt->BaseSize);
            *(MethodTable**)p = mt;
            return Wasm.ObjectAt(p);
        }

        /// <summary>An instance of a type with a finalizer, registered for finalization.</summary>
        public static object AllocFinalizable(MethodTable* mt)
        {
            object o = AllocObject(mt);
            Finalization.Register(o);
            return o;
        }

        public static object AllocArray(MethodTable* mt, int length)
        {
            if (length < 0)
                ThrowHelpers.ThrowOverflow();
            ulong size = mt->BaseSize + (ulong)mt->ComponentSize * (uint)length;
            if (size > 0x7FFFFFFF)
                ThrowHelpers.ThrowOutOfMemory();
            byte* p = Collector.Allocate((uint)size);
            *(MethodTable**)p = mt;
            *(int*)(p + 12) = length;
            return Wasm.ObjectAt(p);
        }

        /// <summary>A multi-dimensional array: the elements at 16, then the bounds ({length, lower bound} per dimension).</summary>
        public static object AllocMdArray(MethodTable* mt, int* lengths, int* lowerBounds)
        {
            uint rank = mt->Rank;
            ulong count = 1;
            for (uint d = 0; d < rank; d++)
            {
                if (lengths[d] < 0)
                    ThrowHelpers.ThrowOverflow();
                count *= (uint)lengths[d];
                if (count > 0x7FFFFFFF)
                    ThrowHelpers.ThrowOutOfMemory();
            }
            ulong data = mt->BaseSize + (ulong)mt->ComponentSize * count;
            ulong boundsAt = (data + 3) & ~3UL;
            ulong size = boundsAt + 8UL * rank;
            if (size > 0x7FFFFFFF)
                ThrowHelpers.ThrowOutOfMemory();
            byte* p = Collector.Allocate((uint)size);
            *(MethodTable**)p = mt;
            int* bounds = (int*)(p + boundsAt);
            *(int**)(p + 8) = bounds;
            *(int*)(p + 12) = (int)count;
            for (uint d = 0; d < rank; d++)
            {
                bounds[2 * d] = lengths[d];
                bounds[2 * d + 1] = lowerBounds == null ? 0 : lowerBounds[d];
            }
            return Wasm.ObjectAt(p);
        }

        /// <summary>A string of `length` code units, zeroed, with its NUL.</summary>
        [Implements("System.String", "FastAllocateString")]
        public static string AllocString(int length)
        {
            if (length < 0)
                ThrowHelpers.ThrowOverflow();
            MethodTable* mt = Wasm.MethodTableOf<string>();
            ulong size = 12 + 2 * ((ulong)(uint)length + 1);
            if (size > 0x7FFFFFFF)
                ThrowHelpers.ThrowOutOfMemory();
            byte* p = Collector.Allocate((uint)size);
            *(MethodTable**)p = mt;
            *(int*)(p + 8) = length;
            // Unsafe.As, not a cast: the object is a string by construction, and a castclass is a call to CastTo on
            // every string made (StringChurn: 4% of its time).
            return System.Runtime.CompilerServices.Unsafe.As<string>(Wasm.ObjectAt(p));
        }

        /// <summary>Object.MemberwiseClone: a shallow copy (the header's sync word is not copied).</summary>
        [Implements("System.Object", "MemberwiseClone")]
        public static object Clone(object o)
        {
            MethodTable* mt = *(MethodTable**)Wasm.AddressOf(o);
            uint size = mt->BaseSize;
            if (mt->ComponentSize != 0)
                size += mt->ComponentSize * (uint)*(int*)((byte*)Wasm.AddressOf(o) + (MethodTable.Kind(mt) == MethodTable.KindString ? 8 : 12));
            if (MethodTable.Kind(mt) == MethodTable.KindArray)
                size = (size + 3) & ~3u;
            byte* copy = Collector.Allocate(size + (MethodTable.Kind(mt) == MethodTable.KindArray ? 8 * mt->Rank : 0));
            // The source's address is taken after the allocation, so that `o` (a reference) is what keeps the
            // object alive while the allocation may collect.
            byte* source = (byte*)Wasm.AddressOf(o);
            Wasm.CopyBlock(copy, source, size);
            *(int*)(copy + 4) = 0;
            if (MethodTable.Kind(mt) == MethodTable.KindArray)
            {
                Wasm.CopyBlock(copy + size, *(byte**)(source + 8), 8 * mt->Rank);
                *(byte**)(copy + 8) = copy + size;
            }
            object clone = Wasm.ObjectAt(copy);
            if ((mt->Flags & MethodTable.HasFinalizer) != 0)
                Finalization.Register(clone);
            return clone;
        }
    }
}
