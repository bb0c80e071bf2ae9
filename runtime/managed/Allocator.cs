// Allocation: a bump allocator over the memory after the image, growing it with memory.grow. Nothing is freed
// yet (the GC issue replaces this); memory is zero when handed out because the region is cleared at start-up and
// memory.grow adds zeroed pages.

namespace WasmR2R.Runtime
{
    internal static unsafe class Allocator
    {
        private const uint PageSize = 65536;
        private const uint ObjectAlignment = 8;

        private static byte* s_next;
        private static byte* s_limit;

        /// <summary>Sets the heap up after the image; the bytes there (the relocations, already applied) are cleared.</summary>
        public static void Initialize()
        {
            byte* start = (byte*)(((uint)Wasm.ImageEnd() + ObjectAlignment - 1) & ~(ObjectAlignment - 1));
            byte* end = (byte*)((uint)Wasm.MemorySize() * PageSize);
            if (end > start)
                Wasm.FillBlock(start, 0, (uint)(end - start));
            s_next = start;
            s_limit = end;
        }

        /// <summary>`size` zeroed bytes, 8-byte aligned.</summary>
        public static byte* Allocate(uint size)
        {
            uint rounded = (size + ObjectAlignment - 1) & ~(ObjectAlignment - 1);
            if (rounded < size)
                ThrowHelpers.ThrowOutOfMemory();
            byte* p = s_next;
            if ((uint)(s_limit - p) < rounded)
            {
                Grow(rounded - (uint)(s_limit - p));
                p = s_next;
            }
            s_next = p + rounded;
            return p;
        }

        private static void Grow(uint needed)
        {
            uint pages = (needed + PageSize - 1) / PageSize;
            // Grow by at least a sixteenth of what there is, so that a growing heap does not grow a page at a time.
            uint have = (uint)Wasm.MemorySize();
            if (pages < have / 16)
                pages = have / 16;
            if (Wasm.MemoryGrow((int)pages) < 0)
                ThrowHelpers.ThrowOutOfMemory();
            s_limit = (byte*)((uint)Wasm.MemorySize() * PageSize);
        }

        public static object AllocObject(MethodTable* mt)
        {
            byte* p = Allocate(mt->BaseSize);
            *(MethodTable**)p = mt;
            return Wasm.ObjectAt(p);
        }

        public static object AllocArray(MethodTable* mt, int length)
        {
            if (length < 0)
                ThrowHelpers.ThrowOverflow();
            ulong size = mt->BaseSize + (ulong)mt->ComponentSize * (uint)length;
            if (size > 0x7FFFFFFF)
                ThrowHelpers.ThrowOutOfMemory();
            byte* p = Allocate((uint)size);
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
            byte* p = Allocate((uint)size);
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
            byte* p = Allocate((uint)size);
            *(MethodTable**)p = mt;
            *(int*)(p + 8) = length;
            return (string)Wasm.ObjectAt(p);
        }

        /// <summary>Object.MemberwiseClone: a shallow copy (the header's sync word is not copied).</summary>
        [Implements("System.Object", "MemberwiseClone")]
        public static object Clone(object o)
        {
            byte* source = (byte*)Wasm.AddressOf(o);
            MethodTable* mt = *(MethodTable**)source;
            uint size = mt->BaseSize;
            if (mt->ComponentSize != 0)
                size += mt->ComponentSize * (uint)*(int*)(source + (MethodTable.Kind(mt) == MethodTable.KindString ? 8 : 12));
            if (MethodTable.Kind(mt) == MethodTable.KindArray)
                size = (size + 3) & ~3u;
            byte* copy = Allocate(size + (MethodTable.Kind(mt) == MethodTable.KindArray ? 8 * mt->Rank : 0));
            Wasm.CopyBlock(copy, source, size);
            *(int*)(copy + 4) = 0;
            if (MethodTable.Kind(mt) == MethodTable.KindArray)
            {
                Wasm.CopyBlock(copy + size, *(byte**)(source + 8), 8 * mt->Rank);
                *(byte**)(copy + 8) = copy + size;
            }
            return Wasm.ObjectAt(copy);
        }
    }
}
