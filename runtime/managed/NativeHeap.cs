// The C heap that System.Native's memory functions stand for (NativeMemory.Alloc/Realloc/Free, Marshal.AllocHGlobal,
// the UTF-8 buffers of P/Invoke marshalling): blocks the collector never looks at, in the runtime's own pages
// (Heap.TakeRuntimePages). A block is a power of two from 32 bytes to half a page, carved from a page of blocks of
// its size and kept on that size's free list once freed; a larger one is whole pages, given back when freed. A
// 16-byte header before the data says which ({size class or page count, tag}), so data is 16-byte aligned, as C's
// malloc's is on wasm32; AlignedAlloc places larger alignments inside a bigger block.

namespace WasmR2R.Runtime
{
    internal static unsafe class NativeHeap
    {
        private const uint Header = 16;
        private const int SmallestShift = 5;
        private const int LargestShift = (int)Heap.PageShift - 1;
        private const uint SmallTag = 0x4E480001;
        private const uint LargeTag = 0x4E480002;

        /// <summary>The free list of each block size (LargestShift + 1 heads), in a runtime page of its own.</summary>
        private static byte** s_free;

        [Implements("libSystem.Native", "SystemNative_Malloc")]
        public static byte* Malloc(nuint size) => Allocate(size, false);

        [Implements("libSystem.Native", "SystemNative_Calloc")]
        public static byte* Calloc(nuint count, nuint size)
        {
            ulong total = (ulong)count * size;
            return total > uint.MaxValue ? null : Allocate((nuint)total, true);
        }

        [Implements("libSystem.Native", "SystemNative_Realloc")]
        public static byte* Realloc(byte* data, nuint size)
        {
            if (data == null)
                return Allocate(size, false);
            uint capacity = Capacity(data);
            if (size <= capacity)
                return data;
            byte* moved = Allocate(size, false);
            if (moved == null)
                return null;
            Wasm.CopyBlock(moved, data, capacity);
            Free(data);
            return moved;
        }

        [Implements("libSystem.Native", "SystemNative_Free")]
        public static void Free(byte* data)
        {
            if (data == null)
                return;
            uint* header = (uint*)(data - Header);
            if (header[1] == LargeTag)
            {
                header[1] = 0;
                Heap.ReleaseRuntimePages((byte*)header, header[0]);
            }
            else if (header[1] == SmallTag)
            {
                int shift = (int)header[0];
                header[1] = 0;
                *(byte**)data = s_free[shift];
                s_free[shift] = data;
            }
            else
                ThrowHelpers.Fail("WasmR2R.NativeHeapCorruption",
                    "free() of an address malloc() did not give, or of one freed already");
        }

        /// <summary>SystemNative_AlignedAlloc(alignment, size): a power-of-two alignment; the block holds the data
        /// at the first aligned address past a word that records where the block starts.</summary>
        [Implements("libSystem.Native", "SystemNative_AlignedAlloc")]
        public static byte* AlignedAlloc(nuint alignment, nuint size)
        {
            if (alignment == 0 || (alignment & (alignment - 1)) != 0 || (ulong)size + alignment > int.MaxValue)
                return null;
            byte* block = Allocate(size + alignment, false);
            if (block == null)
                return null;
            byte* data = (byte*)(((nuint)block + 4 + alignment - 1) & ~(alignment - 1));
            ((byte**)data)[-1] = block;
            return data;
        }

        [Implements("libSystem.Native", "SystemNative_AlignedFree")]
        public static void AlignedFree(byte* data)
        {
            if (data != null)
                Free(((byte**)data)[-1]);
        }

        [Implements("libSystem.Native", "SystemNative_AlignedRealloc")]
        public static byte* AlignedRealloc(byte* data, nuint alignment, nuint size)
        {
            byte* moved = AlignedAlloc(alignment, size);
            if (moved == null || data == null)
                return moved;
            byte* block = ((byte**)data)[-1];
            uint old = Capacity(block) - (uint)(data - block);
            Wasm.CopyBlock(moved, data, old < size ? old : (uint)size);
            AlignedFree(data);
            return moved;
        }

        /// <summary>The bytes a block's data may use.</summary>
        private static uint Capacity(byte* data)
        {
            uint* header = (uint*)(data - Header);
            return header[1] == LargeTag ? header[0] * Heap.PageSize - Header : (1u << (int)header[0]) - Header;
        }

        /// <summary>A block of at least `size` bytes (zeroed when asked), or null when memory cannot grow.</summary>
        private static byte* Allocate(nuint size, bool zeroed)
        {
            if (size > int.MaxValue - Heap.PageSize)
                return null;
            uint needed = (uint)size + Header;
            if (needed > 1u << LargestShift)
            {
                uint pages = (needed + Heap.PageSize - 1) / Heap.PageSize;
                uint* large = (uint*)Heap.TakeRuntimePages(pages);
                if (large == null)
                    return null;
                large[0] = pages;
                large[1] = LargeTag;
                return (byte*)large + Header;
            }
            int shift = SmallestShift;
            while ((1u << shift) < needed)
                shift++;
            if (s_free == null)
            {
                s_free = (byte**)Heap.TakeRuntimePages(1);
                if (s_free == null)
                    return null;
            }
            if (s_free[shift] == null && !Carve(shift))
                return null;
            byte* data = s_free[shift];
            s_free[shift] = *(byte**)data;
            uint* header = (uint*)(data - Header);
            header[0] = (uint)shift;
            header[1] = SmallTag;
            if (zeroed)
                Wasm.FillBlock(data, 0, (1u << shift) - Header);
            else
                *(byte**)data = null;
            return data;
        }

        /// <summary>Splits a new runtime page into blocks of 2^shift bytes on that size's free list.</summary>
        private static bool Carve(int shift)
        {
            byte* page = Heap.TakeRuntimePages(1);
            if (page == null)
                return false;
            uint size = 1u << shift;
            for (uint at = Heap.PageSize - size; ; at -= size)
            {
                byte* data = page + at + Header;
                *(byte**)data = s_free[shift];
                s_free[shift] = data;
                if (at == 0)
                    break;
            }
            return true;
        }
    }
}
