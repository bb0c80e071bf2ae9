// The garbage-collected heap: where objects live and how their memory is found again (docs/abi.md, "Garbage
// collection"). The collector (Collector.cs) decides what is alive; this file only hands out and takes back memory.
//
// Memory after the image is cut into 64 KiB pages (Wasm's own page size, so memory.grow adds whole pages). A page
// table with one word per page of the 4 GiB address space says what each page is: outside the heap, free, a page of
// small cells of one size class, or part of a large object. A small page starts with a header (its size class and
// a mark bit per cell) and is cut into equal cells. A page a class takes is handed out cell by cell from its start
// (the class's bump region): the cells past the last one handed out were never touched, so taking a page costs no
// write per cell, and neither does giving back a page whose objects all died. Cells freed on a page that keeps
// survivors are linked into the class's free list through their second word, and their first word (where an
// object's MethodTable goes) is 0, which is how the collector tells a free cell from an object. A large object
// takes a run of whole pages and starts at the first. Nothing moves, so an address stays an object's identity for
// its whole life.
//
// Marks are sticky: a sweep leaves them set, so after a collection every object in the heap is marked (old) and
// every new one is not (young). A minor collection marks only young objects; a major one clears the marks first.
// The card table (a byte per KiB of the address space) records where compiled code stored references since the
// last collection (its write barrier), so that a minor collection can find the old objects that may now point to
// young ones.

namespace WasmR2R.Runtime
{
    internal static unsafe class Heap
    {
        public const uint PageShift = 16;
        public const uint PageSize = 1u << (int)PageShift;
        private const uint Granule = 8;

        // Page kinds, the low bits of a page-table word; a large object's pages keep its first page in the rest.
        public const uint PageNone = 0;
        public const uint PageFree = 1;
        public const uint PageSmall = 2;
        public const uint PageLarge = 3;
        public const uint PageLargeTail = 4;
        /// <summary>The runtime's own memory (the GC handle table): never swept, never an object.</summary>
        public const uint PageRuntime = 5;
        public const uint PageKindMask = 0xF;
        public const int PageDataShift = 4;
        /// <summary>On a free page's word: the page was never used since memory.grow gave it, so it is all zeros
        /// and taking it needs no `memory.fill` (a fresh page is also not touched before it is used).</summary>
        private const uint FreshPage = 1u << PageDataShift;

        /// <summary>The largest small cell; bigger objects take whole pages.</summary>
        public const uint LargeObjectSize = 8192;

        /// <summary>Where a small page's mark bits start, after its header (SmallPage).</summary>
        private const uint HeaderMarks = 24;

        /// <summary>Cell sizes: multiples of 8 from 16 to 128, then four steps per doubling up to 8 KiB.</summary>
        public const uint ClassCount = 39;

        private static uint SizeOfClass(uint sizeClass)
        {
            if (sizeClass < 15)
                return 16 + 8 * sizeClass;
            uint k = sizeClass - 15;
            uint doubling = 128u << (int)(k / 4);
            return doubling + doubling / 4 * (k % 4 + 1);
        }

        /// <summary>Per size class, its cell size (the heap code allocates nothing managed: it runs before the heap
        /// exists, and inside collections).</summary>
        public static uint* ClassSizes;
        /// <summary>Per size class, the first free cell (linked through each cell's word at offset 4).</summary>
        public static byte** FreeLists;
        /// <summary>Per size class, its bump region: the next cell of the page it takes cells from, and where that
        /// page's cells end (both null when it has none; equal when the page is used up). Separate arrays, not one
        /// record per class: with a record BinaryTrees18 ran 4% slower (11-run medians), for no reason found.</summary>
        public static byte** BumpNext;
        public static byte** BumpEnd;
        /// <summary>Per granule count (size / 8) up to LargeObjectSize, its size class.</summary>
        public static byte* ClassOfGranules;
        /// <summary>One word per 64 KiB page of the address space.</summary>
        public static uint* PageTable;
        /// <summary>One byte per card of the address space, nonzero when references were stored in the card since
        /// the last collection (compiled code's write barrier writes it: native/compiler/src/abi.rs `cards`).</summary>
        public static byte* CardTable;
        public const int CardShift = 10;
        private const uint CardsPerPage = PageSize >> CardShift;
        /// <summary>The heap's pages are [FirstPage, EndPage); EndPage grows with memory.grow.</summary>
        public static uint FirstPage;
        public static uint EndPage;
        /// <summary>Where the search for free pages starts: no page below it is free.</summary>
        private static uint s_freeHint;
        /// <summary>Bytes of pages in use (small pages and large objects), what GC.GetTotalMemory reports.</summary>
        public static ulong PagesInUse;

        /// <summary>
        /// Sets the heap up after the image: its own tables first (the page table, the free lists, the class
        /// lookup, the collector's mark stack), then free pages from the next page boundary on.
        /// </summary>
        public static void Initialize(uint markStackBytes)
        {
            byte* start = (byte*)(((uint)Wasm.ImageEnd() + Granule - 1) & ~(Granule - 1));
            const uint pageTableBytes = 65536 * 4;
            const uint classLookupBytes = (LargeObjectSize / Granule + 1 + 7) & ~7u;
            uint tables = pageTableBytes + 4 * ClassCount * 4 + classLookupBytes + markStackBytes;
            uint end = (uint)start + tables;
            // No clearing: everything past the image is memory no one has written (the loader copies the image in,
            // the stack lies below it), and Wasm memory starts zeroed. Writing the 256 KiB page table here would
            // only commit pages an empty program never uses.
            EnsureMemory(end);
            byte* at = start;
            PageTable = (uint*)at;
            at += pageTableBytes;
            FreeLists = (byte**)at;
            at += ClassCount * 4;
            BumpNext = (byte**)at;
            at += ClassCount * 4;
            BumpEnd = (byte**)at;
            at += ClassCount * 4;
            ClassSizes = (uint*)at;
            at += ClassCount * 4;
            ClassOfGranules = at;
            at += classLookupBytes;
            Collector.SetMarkStack((uint*)at, markStackBytes / 4);
            uint c = 0;
            for (uint k = 0; k < ClassCount; k++)
                ClassSizes[k] = SizeOfClass(k);
            for (uint g = 0; g <= LargeObjectSize / Granule; g++)
            {
                while (ClassSizes[c] < g * Granule)
                    c++;
                ClassOfGranules[g] = (byte)c;
            }
            // The card table covers the whole address space (4 MiB, of fresh memory: nothing is written before a
            // barrier marks a card, and the engine backs only the pages written).
            CardTable = (byte*)(((ulong)end + PageSize - 1) & ~(ulong)(PageSize - 1));
            end = (uint)CardTable + (uint)(0x100000000UL >> CardShift);
            EnsureMemory(end);
            Wasm.SetCardTable(CardTable);
            FirstPage = (end + PageSize - 1) >> (int)PageShift;
            EndPage = FirstPage;
            s_freeHint = FirstPage;
            AddPages((uint)Wasm.MemorySize() - FirstPage);
        }

        /// <summary>Grows linear memory so that it covers `end` (start-up only: the heap grows by pages later).</summary>
        private static void EnsureMemory(uint end)
        {
            uint have = (uint)Wasm.MemorySize();
            uint need = (end + PageSize - 1) >> (int)PageShift;
            if (need > have && Wasm.MemoryGrow((int)(need - have)) < 0)
                ThrowHelpers.ThrowOutOfMemory();
        }

        /// <summary>Pages of memory that are already there join the heap as free pages.</summary>
        private static void AddPages(uint count)
        {
            for (uint i = 0; i < count; i++)
                PageTable[EndPage + i] = PageFree | FreshPage;
            EndPage += count;
        }

        /// <summary>Adds at least `pages` pages from memory.grow; false when the engine refuses.</summary>
        public static bool Grow(uint pages)
        {
            // A sixteenth of what there is at least, so that a growing heap does not grow a page at a time.
            uint have = (uint)Wasm.MemorySize();
            uint step = pages < have / 16 ? have / 16 : pages;
            if ((ulong)have + step > 65536)
                step = 65536 - have;
            if (step < pages || Wasm.MemoryGrow((int)step) < 0)
            {
                if (Wasm.MemoryGrow((int)pages) < 0)
                    return false;
                step = pages;
            }
            AddPages(step);
            return true;
        }

        /// <summary>The size class of a small object of `size` bytes.</summary>
        public static uint ClassOf(uint size) => ClassOfGranules[(size + Granule - 1) / Granule];

        /// <summary>A free cell of the class, zeroed, or null when the class has none left: from the free list,
        /// else from the bump region (the slow path's; the fast path, Collector.Allocate, writes this out for small
        /// cells).</summary>
        public static byte* TakeCell(uint sizeClass)
        {
            byte* cell = FreeLists[sizeClass];
            if (cell != null)
            {
                FreeLists[sizeClass] = *(byte**)(cell + 4);
                Wasm.FillBlock(cell, 0, ClassSizes[sizeClass]);
                return cell;
            }
            cell = BumpNext[sizeClass];
            if (cell == BumpEnd[sizeClass])
                return null;
            BumpNext[sizeClass] = cell + ClassSizes[sizeClass];
            return cell;
        }

        /// <summary>Makes a free page the class's bump region, zeroed; false when no page is free. Zeroing the
        /// whole page at once (none for a fresh one) costs less than zeroing each cell as it is handed out (one
        /// `memory.fill` streams through it), and a cell the bump region hands out needs nothing more. Until then
        /// a cell lies past the page's carved cells, where the collector looks for no object.</summary>
        public static bool AddSmallPage(uint sizeClass)
        {
            uint page = FindFreePages(1);
            if (page == 0)
                return false;
            RetireBumpRegion(sizeClass);
            uint cellSize = ClassSizes[sizeClass];
            uint cells = (PageSize - HeaderMarks) / cellSize;
            uint first = (HeaderMarks + (cells + 7) / 8 + Granule - 1) & ~(Granule - 1);
            cells = (PageSize - first) / cellSize;
            byte* p = (byte*)(page << (int)PageShift);
            ZeroFreePages(page, 1);
            ((SmallPage*)p)->CellSize = cellSize;
            ((SmallPage*)p)->CellCount = cells;
            ((SmallPage*)p)->FirstCell = first;
            ((SmallPage*)p)->Reciprocal = (uint)((0x100000000UL + cellSize - 1) / cellSize);
            PageTable[page] = PageSmall | (sizeClass << PageDataShift);
            PagesInUse += PageSize;
            BumpNext[sizeClass] = p + first;
            BumpEnd[sizeClass] = p + first + cells * cellSize;
            return true;
        }

        /// <summary>Records on the page of the class's bump region how many of its cells were handed out (the
        /// collector reads `Carved`, not the bump pointer).</summary>
        private static void RetireBumpRegion(uint sizeClass)
        {
            byte* next = BumpNext[sizeClass];
            if (next == null)
                return;
            SmallPage* p = (SmallPage*)(((uint)next - 1) & ~(PageSize - 1));
            p->Carved = (uint)(next - ((byte*)p + p->FirstCell)) / p->CellSize;
        }

        /// <summary>Before a collection looks at the heap: every page's `Carved` says which of its cells were handed
        /// out.</summary>
        public static void RetireBumpRegions()
        {
            for (uint c = 0; c < ClassCount; c++)
                RetireBumpRegion(c);
        }

        /// <summary>A large object of `size` bytes on whole pages, zeroed, or null when no run of pages is free.</summary>
        public static byte* TakeLarge(uint size)
        {
            uint count = (uint)(((ulong)size + PageSize - 1) >> (int)PageShift);
            uint page = FindFreePages(count);
            if (page == 0)
                return null;
            ZeroFreePages(page, count);
            PageTable[page] = PageLarge | (count << PageDataShift);
            for (uint i = 1; i < count; i++)
                PageTable[page + i] = PageLargeTail | (page << PageDataShift);
            PagesInUse += (ulong)count * PageSize;
            return (byte*)(page << (int)PageShift);
        }

        /// <summary>`count` zeroed pages for the runtime's own tables, or null when memory cannot grow.</summary>
        public static byte* TakeRuntimePages(uint count)
        {
            uint page = FindFreePages(count);
            if (page == 0 && Grow(count))
                page = FindFreePages(count);
            if (page == 0)
                return null;
            ZeroFreePages(page, count);
            for (uint i = 0; i < count; i++)
                PageTable[page + i] = PageRuntime;
            return (byte*)(page << (int)PageShift);
        }

        /// <summary>TakeRuntimePages for the runtime's own tables, which cannot do without: out of memory ends the
        /// process (ThrowHelpers.ThrowOutOfMemory).</summary>
        public static byte* TakeRuntimePagesOrFail(uint count)
        {
            byte* pages = TakeRuntimePages(count);
            if (pages == null)
                ThrowHelpers.ThrowOutOfMemory();
            return pages;
        }

        /// <summary>A zeroed runtime page added at the head of `chunks`, a list of pages linked through their first
        /// word (the GC handle and sync block tables); out of memory ends the process.</summary>
        public static byte* TakeChunk(ref byte* chunks)
        {
            byte* chunk = TakeRuntimePagesOrFail(1);
            *(byte**)chunk = chunks;
            chunks = chunk;
            return chunk;
        }

        /// <summary>Gives back pages TakeRuntimePages gave.</summary>
        public static void ReleaseRuntimePages(byte* p, uint count)
        {
            uint page = (uint)p >> (int)PageShift;
            for (uint i = 0; i < count; i++)
                PageTable[page + i] = PageFree;
            if (page < s_freeHint)
                s_freeHint = page;
        }

        /// <summary>Zeroes `count` free pages from `page` on, but for the fresh ones; call it before marking them
        /// taken.</summary>
        private static void ZeroFreePages(uint page, uint count)
        {
            for (uint i = 0; i < count; i++)
            {
                if ((PageTable[page + i] & FreshPage) == 0)
                    Wasm.FillBlock((byte*)((page + i) << (int)PageShift), 0, PageSize);
            }
        }

        /// <summary>The first of `count` free pages in a row (taken by the caller), or 0.</summary>
        private static uint FindFreePages(uint count)
        {
            uint run = 0;
            bool first = true;
            for (uint page = s_freeHint; page < EndPage; page++)
            {
                if ((PageTable[page] & PageKindMask) != PageFree)
                {
                    run = 0;
                    continue;
                }
                if (first)
                {
                    s_freeHint = page;
                    first = false;
                }
                if (++run == count)
                    return page + 1 - count;
            }
            if (first)
                s_freeHint = EndPage;
            return 0;
        }

        /// <summary>Gives pages back (a large object that died, or a small page with no object left).</summary>
        public static void FreePages(uint page, uint count)
        {
            for (uint i = 0; i < count; i++)
                PageTable[page + i] = PageFree;
            PagesInUse -= (ulong)count * PageSize;
            if (page < s_freeHint)
                s_freeHint = page;
        }

        // --- What the collector asks of a page ---

        /// <summary>The index of the cell of small page `p` that contains `address`, or CellCount or more when none
        /// does (the header, the tail; callers also reject `Carved` and past, cells never handed out). No `out`
        /// parameter: the collector's hottest path calls it for every reference it traces, and a callee that returns
        /// one value is inlined without a frame.</summary>
        private static uint CellIndex(SmallPage* p, uint address)
        {
            uint offset = address - (uint)p - p->FirstCell;
            // An address in the header wraps to a large offset, whose index is far past the last cell.
            return offset >= PageSize ? uint.MaxValue : (uint)(((ulong)offset * p->Reciprocal) >> 32);
        }

        /// <summary>The object in the cell of small page `p` that contains `address`, or null (a free cell, the
        /// header, the tail).</summary>
        private static byte* CellAt(SmallPage* p, uint address)
        {
            uint index = CellIndex(p, address);
            if (index >= p->Carved)
                return null;
            byte* cell = (byte*)p + p->FirstCell + index * p->CellSize;
            return *(uint*)cell == 0 ? null : cell;
        }

        /// <summary>A large object's mark: the top bit of its first page's page-table word.</summary>
        private const uint LargeMark = 1u << 31;

        /// <summary>
        /// Marks the object whose memory contains `address` (its start or anywhere inside) and returns it, or returns
        /// null: there is no object there (a free cell, a page's header, a free page, outside the heap), or it was
        /// marked already.
        /// </summary>
        public static byte* MarkContaining(uint address)
        {
            uint page = address >> (int)PageShift;
            if (page - FirstPage >= EndPage - FirstPage)
                return null;
            uint entry = PageTable[page];
            uint kind = entry & PageKindMask;
            if (kind == PageSmall)
            {
                SmallPage* p = (SmallPage*)(page << (int)PageShift);
                uint index = CellIndex(p, address);
                if (index >= p->Carved)
                    return null;
                byte* cell = (byte*)p + p->FirstCell + index * p->CellSize;
                if (*(uint*)cell == 0)
                    return null;
                byte* marks = (byte*)p + HeaderMarks + (index >> 3);
                byte mask = (byte)(1 << (int)(index & 7));
                if ((*marks & mask) != 0)
                    return null;
                *marks |= mask;
                return cell;
            }
            if (kind == PageLargeTail)
            {
                page = entry >> PageDataShift;
                entry = PageTable[page];
            }
            else if (kind != PageLarge)
            {
                return null;
            }
            if ((entry & LargeMark) != 0)
                return null;
            PageTable[page] = entry | LargeMark;
            return (byte*)(page << (int)PageShift);
        }

        /// <summary>The object whose memory contains `address`, or null (heap verification).</summary>
        public static byte* ObjectContaining(uint address)
        {
            uint page = address >> (int)PageShift;
            if (page - FirstPage >= EndPage - FirstPage)
                return null;
            uint entry = PageTable[page];
            switch (entry & PageKindMask)
            {
                case PageSmall:
                    return CellAt((SmallPage*)(page << (int)PageShift), address);
                case PageLarge:
                    return (byte*)(page << (int)PageShift);
                case PageLargeTail:
                    return (byte*)((entry >> PageDataShift) << (int)PageShift);
                default:
                    return null;
            }
        }

        /// <summary>Whether what `address` names survives this collection: an object of the heap that is marked, or
        /// anything that is not one (a literal in the image).</summary>
        public static bool Survives(uint address) =>
            ObjectContaining(address) != (byte*)address || IsMarked((byte*)address);

        /// <summary>Whether the object at `o` is marked.</summary>
        public static bool IsMarked(byte* o)
        {
            uint page = (uint)o >> (int)PageShift;
            if ((PageTable[page] & PageKindMask) != PageSmall)
                return (PageTable[page] & LargeMark) != 0;
            SmallPage* p = (SmallPage*)(page << (int)PageShift);
            uint index = CellIndex(p, (uint)o);
            return (((byte*)p)[HeaderMarks + (index >> 3)] & (1 << (int)(index & 7))) != 0;
        }

        /// <summary>
        /// Frees every object that is not marked and leaves the rest marked (old); rebuilds the free lists in
        /// address order. A small page left without objects and a dead large object go back to the free pages
        /// (without a write to their cells); on a page that keeps survivors, the dead cells and the ones never
        /// handed out go on the free list (a page whose cells all survive needs nothing). The bump regions end.
        /// Returns the bytes the surviving objects' cells and pages take. Expects RetireBumpRegions to have run.
        /// </summary>
        public static ulong Sweep()
        {
            ulong live = 0;
            for (uint c = 0; c < ClassCount; c++)
            {
                FreeLists[c] = null;
                BumpNext[c] = null;
                BumpEnd[c] = null;
            }
            // Pages are visited from the top down so that each free list ends up in address order.
            for (uint page = EndPage; page-- > FirstPage;)
            {
                uint entry = PageTable[page];
                uint kind = entry & PageKindMask;
                if (kind == PageLarge)
                {
                    uint count = (entry & ~LargeMark) >> PageDataShift;
                    if ((entry & LargeMark) != 0)
                        live += (ulong)count * PageSize;
                    else
                    {
                        FreePages(page, count);
                    }
                    continue;
                }
                if (kind != PageSmall)
                    continue;
                SmallPage* p = (SmallPage*)(page << (int)PageShift);
                uint survivors = CountMarks(p);
                if (survivors == 0)
                {
                    FreePages(page, 1);
                    continue;
                }
                live += (ulong)survivors * p->CellSize;
                if (survivors < p->CellCount)
                    FreeDeadCells(p, entry >> PageDataShift);
            }
            return live;
        }

        /// <summary>How many of small page `p`'s cells are marked. The mark bits of cells past `Carved` are 0, and
        /// so is the padding after them up to the first cell, where the word-wise count may read.</summary>
        private static uint CountMarks(SmallPage* p)
        {
            uint* words = (uint*)((byte*)p + HeaderMarks);
            uint count = 0;
            for (uint w = 0, end = (p->Carved + 31) / 32; w < end; w++)
            {
                uint v = words[w];
                if (v == 0)
                    continue;
                v -= (v >> 1) & 0x55555555;
                v = (v & 0x33333333) + ((v >> 2) & 0x33333333);
                count += (((v + (v >> 4)) & 0x0F0F0F0F) * 0x01010101) >> 24;
            }
            return count;
        }

        /// <summary>Puts the cells of a page that keeps survivors on its class's free list, from the top down so that
        /// the list stays in address order: the ones never handed out, then the unmarked ones. The whole page
        /// counts as carved from now on.</summary>
        private static void FreeDeadCells(SmallPage* p, uint sizeClass)
        {
            byte* marks = (byte*)p + HeaderMarks;
            byte* cells = (byte*)p + p->FirstCell;
            uint cellSize = p->CellSize;
            byte* list = FreeLists[sizeClass];
            for (uint i = p->CellCount; i-- > 0;)
            {
                if (i < p->Carved && (marks[i / 8] & (1 << (int)(i % 8))) != 0)
                    continue;
                byte* cell = cells + i * cellSize;
                *(uint*)cell = 0;
                *(byte**)(cell + 4) = list;
                list = cell;
            }
            FreeLists[sizeClass] = list;
            p->Carved = p->CellCount;
        }

        /// <summary>Before a major collection marks: every object is unmarked. Expects RetireBumpRegions to have
        /// run.</summary>
        public static void ClearMarks()
        {
            for (uint page = FirstPage; page < EndPage; page++)
            {
                uint entry = PageTable[page];
                uint kind = entry & PageKindMask;
                if (kind == PageLarge)
                {
                    PageTable[page] = entry & ~LargeMark;
                }
                else if (kind == PageSmall)
                {
                    SmallPage* p = (SmallPage*)(page << (int)PageShift);
                    Wasm.FillBlock((byte*)p + HeaderMarks, 0, (p->Carved + 7) / 8);
                }
            }
        }

        // --- The card table ---

        /// <summary>The write barrier of the runtime's own stores of references (compiled code writes it out): marks
        /// the cards of `length` bytes at `address`.</summary>
        public static void MarkCards(void* address, uint length)
        {
            if (length == 0)
                return;
            uint last = ((uint)address + length - 1) >> CardShift;
            for (uint card = (uint)address >> CardShift; card <= last; card++)
                CardTable[card] = 1;
        }

        /// <summary>After a collection every object is old, so no old object points to a young one: no card need
        /// stay marked. (Cards outside the heap, which barriers of stores to the stack mark, are never read.)</summary>
        public static void ClearCards() =>
            Wasm.FillBlock(CardTable + (FirstPage << (int)(PageShift - CardShift)), 0, (EndPage - FirstPage) * CardsPerPage);

        /// <summary>Whether any card of `count` pages from `page` on is marked.</summary>
        private static bool AnyCardMarked(uint page, uint count)
        {
            ulong* words = (ulong*)(CardTable + (page << (int)(PageShift - CardShift)));
            for (uint w = 0, end = count * CardsPerPage / 8; w < end; w++)
            {
                if (words[w] != 0)
                    return true;
            }
            return false;
        }

        /// <summary>
        /// Calls `trace` for every marked (old) object on a marked card: the ones that may have been given references
        /// to young objects since the last collection. A small object is traced when a marked card overlaps its cell;
        /// a large one, whole, when any card of its pages is marked.
        /// </summary>
        public static void TraceMarkedCards(delegate*<byte*, void> trace)
        {
            for (uint page = FirstPage; page < EndPage; page++)
            {
                uint entry = PageTable[page];
                uint kind = entry & PageKindMask;
                if (kind == PageLarge)
                {
                    uint count = (entry & ~LargeMark) >> PageDataShift;
                    if ((entry & LargeMark) != 0 && AnyCardMarked(page, count))
                        trace((byte*)(page << (int)PageShift));
                    page += count - 1;
                    continue;
                }
                if (kind != PageSmall || !AnyCardMarked(page, 1))
                    continue;
                SmallPage* p = (SmallPage*)(page << (int)PageShift);
                if (p->Carved == 0)
                    continue;
                byte* cards = CardTable + (page << (int)(PageShift - CardShift));
                byte* marks = (byte*)p + HeaderMarks;
                for (uint card = 0; card < CardsPerPage; card++)
                {
                    if (cards[card] == 0)
                        continue;
                    // The cells that overlap the card: from the one holding its first byte (or the first cell, for
                    // the card with the header) to the one holding its last, of those handed out.
                    uint start = card << CardShift;
                    uint end = start + (1u << CardShift);
                    if (end <= p->FirstCell)
                        continue;
                    uint first = start <= p->FirstCell ? 0 : CellIndex(p, (uint)p + start);
                    uint last = CellIndex(p, (uint)p + end - 1);
                    if (last >= p->Carved)
                        last = p->Carved - 1;
                    for (uint i = first; i <= last; i++)
                    {
                        if ((marks[i >> 3] & (1 << (int)(i & 7))) != 0)
                            trace((byte*)p + p->FirstCell + i * p->CellSize);
                    }
                }
            }
        }

        /// <summary>Calls `visit` for every object in the heap (heap verification).</summary>
        public static void ForEachObject(delegate*<byte*, void> visit)
        {
            for (uint page = FirstPage; page < EndPage; page++)
            {
                uint entry = PageTable[page];
                uint kind = entry & PageKindMask;
                if (kind == PageLarge)
                {
                    visit((byte*)(page << (int)PageShift));
                    continue;
                }
                if (kind != PageSmall)
                    continue;
                byte* p = (byte*)(page << (int)PageShift);
                SmallPage header = *(SmallPage*)p;
                for (uint i = 0; i < header.Carved; i++)
                {
                    byte* cell = p + header.FirstCell + i * header.CellSize;
                    if (*(uint*)cell != 0)
                        visit(cell);
                }
            }
        }
    }

    /// <summary>The header at the start of a small page; its mark bits follow (Heap.HeaderMarks).</summary>
    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
    internal struct SmallPage
    {
        public uint CellSize;
        public uint CellCount;
        /// <summary>Offset of the first cell from the page's start.</summary>
        public uint FirstCell;
        /// <summary>ceil(2^32 / CellSize): a cell's index is a multiplication, not a division (exact for offsets
        /// below 2^16 and cells of at most 2^13 bytes).</summary>
        public uint Reciprocal;
        /// <summary>How many cells, from the first, were ever handed out: the ones after were never written and
        /// hold no object (the bump region's page says so only from RetireBumpRegions on).</summary>
        public uint Carved;
        private uint _padding;
    }
}