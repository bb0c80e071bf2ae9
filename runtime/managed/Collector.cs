// The collector: mark-sweep, non-moving, generational with sticky mark bits, precise in the heap and conservative
// on the shadow stack (docs/abi.md, "Garbage collection").
//
// Every object a collection leaves is marked, and stays so: it is old. A minor collection marks the young objects
// reachable from the roots and from the old objects on cards the write barrier marked (Heap.TraceMarkedCards) and
// frees the unmarked ones; old ones that died wait for the next major collection, which clears every mark first.
//
// Roots are the shadow stack from the running function's frame to the top, every word of it taken as a possible
// reference (compiled code keeps there every reference it holds across a call: native/compiler/src/spill.rs), the
// static fields that hold references (the image's GC roots table) and the normal and pinned GC handles. A word that points into an object — its
// start or anywhere inside, as a managed pointer does — keeps that object alive. Objects are then traced precisely
// through their MethodTables' GC descriptors. Everything unmarked is freed (Heap.Sweep).

namespace WasmR2R.Runtime
{
    internal static unsafe class Collector
    {
        /// <summary>What the loader asked for (host import gcMode): collect at every allocation, check the heap after
        /// every collection.</summary>
        private const int ModeStress = 1;
        private const int ModeVerify = 2;

        /// <summary>Bytes of new pages after a collection that trigger the next one, at least. Small, as CoreCLR's
        /// gen-0 budget is (it ran 204 collections in StringChurn's 1.5 million rounds, about 2.5 MiB apart): a
        /// program with few survivors then keeps reusing the same few MiB of pages instead of first touching more
        /// (first writes to fresh Wasm memory cost the engine a page fault each). Against 16 MiB and majors decided
        /// by survivors' bytes, whole process, 9 interleaved runs: StringChurn 403 -> 331 ms (linear memory 34 -> 12
        /// MiB), Tokenizer 258 -> 237, BinaryTrees18 1111 -> 1041, but BinaryTrees 358 -> 372 (11 runs: more minor
        /// collections over its long-lived tree's cards); 1 MiB was no faster than 2.</summary>
        private const ulong MinimumBudget = 2u << 20;

        /// <summary>The largest allocation the fast path serves: strings and small arrays beyond 64 bytes are common
        /// (StringChurn's), and zeroing 256 bytes word by word still costs less than `memory.fill`'s call.</summary>
        private const uint FastPathLimit = 256;

        private static uint* s_markStack;
        private static uint s_markStackCapacity;
        private static uint s_markStackCount;
        /// <summary>The mark stack overflowed: some marked objects were not traced yet.</summary>
        private static bool s_overflowed;

        private static int s_mode;
        private static bool s_collecting;
        /// <summary>The next collection the allocator starts is a major one: the pages the old objects keep grew to
        /// twice what the last major collection left, and a budget more.</summary>
        private static bool s_majorNext;
        /// <summary>Bytes of pages in use after the last major collection.</summary>
        private static ulong s_pagesAfterMajor;
        /// <summary>Under stress, every this many collections is a major one (the rest are minor).</summary>
        private const int StressMajorEvery = 4;
        /// <summary>Bytes of new pages the heap may take after a collection before the next one: as many as the
        /// survivors take (at least the minimum), so that a big heap is not collected more often than it grows.</summary>
        private static ulong s_budget = MinimumBudget;
        private static ulong s_pagesAfterCollection;
        /// <summary>Unmanaged memory reported by GC.AddMemoryPressure since the last collection.</summary>
        private static ulong s_pressure;
        /// <summary>Bytes the objects that survived the last collection take.</summary>
        private static ulong s_liveBytes;
        private static ulong s_allocatedAtCollection;
        public static int CollectionCount;
        public static ulong TotalAllocated;

        /// <summary>What GC.GetTotalMemory reports: the survivors of the last collection and what came since.</summary>
        public static ulong BytesInUse => s_liveBytes + (TotalAllocated - s_allocatedAtCollection);

        public static void AddPressure(ulong bytes) => s_pressure += bytes;

        public static void SetMarkStack(uint* stack, uint capacity)
        {
            s_markStack = stack;
            s_markStackCapacity = capacity;
        }

        public static void Initialize()
        {
            s_mode = Host.GcMode();
        }

        /// <summary>
        /// Memory for an object of `size` bytes (8-byte aligned, zeroed): a cell of its size class, or whole pages
        /// for a large object. Compiled code calls it where it allocates inline (`Helper::Allocate`); the rest is
        /// AllocateSlow.
        /// </summary>
        public static byte* Allocate(uint size)
        {
            TotalAllocated += size;
            if (size <= FastPathLimit && s_mode == 0)
            {
                // The fast path, written out: pop the class's free list and zero the cell's words, else take the
                // next cell of its bump region (zeroed with its page).
                uint sizeClass = Heap.ClassOfGranules[(size + 7) >> 3];
                byte** list = Heap.FreeLists + sizeClass;
                byte* cell = *list;
                if (cell == null)
                {
                    cell = Heap.BumpNext[sizeClass];
                    if (cell == Heap.BumpEnd[sizeClass])
                        return AllocateSlow(size);
                    Heap.BumpNext[sizeClass] = cell + Heap.ClassSizes[sizeClass];
                    return cell;
                }
                *list = *(byte**)(cell + 4);
                // Every cell has at least 16 bytes (an object's header and one field or an array's length): the
                // smallest class, the one most objects are in, zeroes without a loop.
                ulong* words = (ulong*)cell;
                words[0] = 0;
                words[1] = 0;
                uint cellWords = Heap.ClassSizes[sizeClass] / 8;
                for (uint at = 2; at < cellWords; at++)
                    words[at] = 0;
                return cell;
            }
            return AllocateSlow(size);
        }

        /// <summary>
        /// Collects first when the heap took as many bytes of new pages since the last collection as the budget (or
        /// at every allocation under stress), and before giving up when memory cannot grow.
        /// </summary>
        private static byte* AllocateSlow(uint size)
        {
            // Finalizers a collection queued run here, before the allocation: between two calls the program is at
            // a safe point, and no object is half made.
            if (Finalization.Pending)
                Finalization.RunPending();
            return AllocateSlowCore(size);
        }

        private static byte* AllocateSlowCore(uint size)
        {
            if (size > 0x7FFFFFF8)
                ThrowHelpers.ThrowOutOfMemory();
            if ((s_mode & ModeStress) != 0 && !s_collecting)
                Collect(CollectionCount % StressMajorEvery == 0);
            if (size > Heap.LargeObjectSize)
                return AllocateLarge(size);
            uint sizeClass = Heap.ClassOf(size);
            byte* cell = Heap.TakeCell(sizeClass);
            if (cell != null)
                return cell;
            if (OverBudget())
            {
                Collect(s_majorNext);
                cell = Heap.TakeCell(sizeClass);
                if (cell != null)
                    return cell;
            }
            if (!Heap.AddSmallPage(sizeClass) && !(Heap.Grow(1) && Heap.AddSmallPage(sizeClass)))
            {
                if (!s_collecting)
                    Collect();
                cell = Heap.TakeCell(sizeClass);
                if (cell != null)
                    return cell;
                if (!Heap.AddSmallPage(sizeClass))
                    ThrowHelpers.ThrowOutOfMemory();
            }
            return Heap.TakeCell(sizeClass);
        }

        /// <summary>Whether the pages taken since the last collection (and the pressure reported) reach the budget.</summary>
        private static bool OverBudget() =>
            !s_collecting && Heap.PagesInUse + s_pressure >= s_pagesAfterCollection + s_budget;

        private static byte* AllocateLarge(uint size)
        {
            if (OverBudget())
                Collect(s_majorNext);
            byte* p = Heap.TakeLarge(size);
            if (p != null)
                return p;
            uint pages = (uint)(((ulong)size + Heap.PageSize - 1) >> (int)Heap.PageShift);
            if (Heap.Grow(pages))
            {
                p = Heap.TakeLarge(size);
                if (p != null)
                    return p;
            }
            if (!s_collecting)
                Collect();
            p = Heap.TakeLarge(size);
            if (p == null && Heap.Grow(pages))
                p = Heap.TakeLarge(size);
            if (p == null)
                ThrowHelpers.ThrowOutOfMemory();
            return p;
        }

        /// <summary>A major collection (GC.Collect, and memory that cannot grow).</summary>
        public static void Collect() => Collect(true);

        /// <summary>A major collection, or a minor one.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        private static void Collect(bool major)
        {
            s_collecting = true;
            Heap.RetireBumpRegions();
            if (major)
                Heap.ClearMarks();
            MarkRoots((uint*)Wasm.StackPointer());
            if (!major)
                Heap.TraceMarkedCards(&Trace);
            MarkAll();
            // Weak handles forget what died before finalization could bring it back; objects with finalizers
            // found unreachable then stay alive (with what they reference) for their finalizers to run.
            GCHandles.ClearDeadWeak(false);
            if (Finalization.QueueUnreachable(&MarkAddress))
                MarkAll();
            GCHandles.ClearDeadWeak(true);
            Ephemerons.ClearDead();
            Monitors.FreeDead();
            s_liveBytes = Heap.Sweep();
            Heap.ClearCards();
            // Pages, not survivors' bytes, decide on the major collection: an old object that died holds its whole
            // page until a major one, and a few of them on each of many pages (the few survivors each minor
            // collection makes old, spread over the size classes' pages) keep the heap growing while the bytes
            // they take stay small.
            if (major)
                s_pagesAfterMajor = Heap.PagesInUse;
            s_majorNext = Heap.PagesInUse >= 2 * s_pagesAfterMajor + MinimumBudget;
            CollectionCount++;
            s_allocatedAtCollection = TotalAllocated;
            s_pressure = 0;
            s_pagesAfterCollection = Heap.PagesInUse;
            s_budget = s_liveBytes > MinimumBudget ? s_liveBytes : MinimumBudget;
            if ((s_mode & ModeVerify) != 0)
                Verify();
            s_collecting = false;
        }

        private static void MarkRoots(uint* stack)
        {
            uint* top = (uint*)Wasm.StackTop();
            for (uint* p = stack; p < top; p++)
                MarkAddress(*p);
            uint* roots = (uint*)Wasm.GcRoots();
            uint count = roots[0];
            for (uint i = 0; i < count; i++)
            {
                uint* block = (uint*)roots[1 + 2 * i];
                uint words = roots[2 + 2 * i] / 4;
                for (uint w = 0; w < words; w++)
                    MarkAddress(block[w]);
            }
            GCHandles.MarkStrong(&MarkAddress);
            Finalization.MarkReady(&MarkAddress);
        }

        /// <summary>Marks the object containing `address`, if it is one of the heap's, and queues it for tracing.</summary>
        private static void MarkAddress(uint address)
        {
            byte* o = Heap.MarkContaining(address);
            if (o == null)
                return;
            if ((((MethodTable*)*(uint*)o)->Flags & MethodTable.ContainsRefs) == 0)
                return;
            if (s_markStackCount == s_markStackCapacity)
            {
                // Traced later by a walk over the heap (RescanMarked).
                s_overflowed = true;
                return;
            }
            s_markStack[s_markStackCount++] = (uint)o;
        }

        /// <summary>Traces everything marked so far, then the values of ephemerons whose keys are, to the end.</summary>
        private static void MarkAll()
        {
            do
                Drain();
            while (Ephemerons.MarkValuesOfLiveKeys(&MarkAddress));
        }

        private static void Drain()
        {
            while (true)
            {
                while (s_markStackCount > 0)
                    Trace((byte*)s_markStack[--s_markStackCount]);
                if (!s_overflowed)
                    return;
                s_overflowed = false;
                Heap.ForEachObject(&TraceIfMarked);
            }
        }

        private static void TraceIfMarked(byte* o)
        {
            if (Heap.IsMarked(o))
            {
                Trace(o);
                // Keep the stack from overflowing again as far as it can: trace what this object queued now.
                while (s_markStackCount > 0)
                    Trace((byte*)s_markStack[--s_markStackCount]);
            }
        }

        /// <summary>Marks what the object's reference fields (or elements) point to.</summary>
        private static void Trace(byte* o)
        {
            MethodTable* mt = *(MethodTable**)o;
            if ((mt->Flags & MethodTable.ContainsRefs) == 0)
                return;
            uint kind = MethodTable.Kind(mt);
            // An ephemeron array's keys and values are marked by MarkAll, as the keys live.
            if (mt == Ephemerons.ArrayType)
                return;
            if (kind == MethodTable.KindSzArray || kind == MethodTable.KindArray)
            {
                uint length = *(uint*)(o + 12);
                byte* elements = o + 16;
                // Null references, the most common value (a tree's leaves have two), cost no call.
                if ((mt->Flags & MethodTable.ReferenceElements) != 0)
                {
                    for (uint i = 0; i < length; i++)
                    {
                        uint element = ((uint*)elements)[i];
                        if (element != 0)
                            MarkAddress(element);
                    }
                    return;
                }
                uint* desc = mt->GCDesc;
                if (desc == null)
                    return;
                uint size = mt->ComponentSize;
                for (uint i = 0; i < length; i++)
                {
                    byte* element = elements + i * size;
                    for (uint k = 0; k < desc[0]; k++)
                    {
                        uint reference = *(uint*)(element + desc[1 + k]);
                        if (reference != 0)
                            MarkAddress(reference);
                    }
                }
                return;
            }
            uint* refs = mt->GCDesc;
            if (refs == null)
                return;
            for (uint k = 0; k < refs[0]; k++)
            {
                uint reference = *(uint*)(o + refs[1 + k]);
                if (reference != 0)
                    MarkAddress(reference);
            }
        }

        // --- Heap verification (the loader's verify mode) ---

        private static void Verify() => Heap.ForEachObject(&VerifyObject);

        /// <summary>An object left in the heap is marked (old), its MethodTable is in the image and each of its
        /// references is null, in the image (a literal) or the start of an object left in the heap. A store the
        /// write barrier missed shows here: the young object it pointed to was freed.</summary>
        private static void VerifyObject(byte* o)
        {
            if (!Heap.IsMarked(o))
                Host.Fail("an object survived a collection unmarked");
            uint mt = *(uint*)o;
            if (mt >= (uint)Wasm.ImageEnd() || mt < (uint)Wasm.StackTop())
                Host.Fail("an object's MethodTable is outside the image");
            MethodTable* type = (MethodTable*)mt;
            if ((type->Flags & MethodTable.ContainsRefs) == 0)
                return;
            uint kind = MethodTable.Kind(type);
            if (kind == MethodTable.KindSzArray || kind == MethodTable.KindArray)
            {
                uint length = *(uint*)(o + 12);
                if ((type->Flags & MethodTable.ReferenceElements) != 0)
                {
                    for (uint i = 0; i < length; i++)
                        VerifyReference(((uint*)(o + 16))[i]);
                    return;
                }
                uint* desc = type->GCDesc;
                for (uint i = 0; desc != null && i < length; i++)
                {
                    for (uint k = 0; k < desc[0]; k++)
                        VerifyReference(*(uint*)(o + 16 + i * type->ComponentSize + desc[1 + k]));
                }
                return;
            }
            uint* refs = type->GCDesc;
            for (uint k = 0; refs != null && k < refs[0]; k++)
                VerifyReference(*(uint*)(o + refs[1 + k]));
        }

        private static void VerifyReference(uint target)
        {
            if (target == 0 || (target >= (uint)Wasm.StackTop() && target < (uint)Wasm.ImageEnd()))
                return;
            if (Heap.ObjectContaining(target) != (byte*)target)
                Host.Fail("an object refers to memory that is not a live object");
        }
    }
}
