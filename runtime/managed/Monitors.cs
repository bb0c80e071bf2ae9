// Monitor's internal calls (what Mono's monitor.c answers), for a runtime with one thread.
//
// Mono keeps a lock in the object's sync word, the header's second word (`LockWord` in CoreLib's ObjectHeader):
// 0 is free; a flat lock is the owner's small id << 10 with a nesting count in bits 2-9; `hash << 2 | 1` is an
// identity hash and no lock; `block | 2` (`| 3` with a hash) points to an inflated lock's sync block {status (the
// owner in its low 16 bits), nest, hash}. CoreLib's managed code takes the common paths itself (exit from a flat
// lock, exit from an inflated one without waiters) and calls here for the rest: every enter (Enter(object) and
// try_enter_with_atomic_var have no managed fast path in this CoreLib), and an exit it could not finish.
//
// With one thread there is never contention: a lock is free or ours, so entering always succeeds at once and
// nobody can wait on one or pulse it. A word is inflated when it must hold both a lock and a hash, or more nesting
// than its 8 bits count. Sync blocks live in the runtime's own pages; the collector frees the blocks of objects
// that died (FreeDead).

using System;
using System.Threading;

namespace WasmR2R.Runtime
{
    internal static unsafe class Monitors
    {
        private const uint StatusMask = 3;
        private const uint HasHash = 1;
        private const uint Inflated = 2;
        private const int NestShift = 2;
        private const uint NestMask = 0xFFu << NestShift;
        private const int OwnerShift = 10;
        private const uint OwnerMask = 0xFFFF;

        /// <summary>A chunk is one page: the next chunk's address and padding, then blocks of four words
        /// (status, nest, hash, the object's address; a free block has no object and links the free list through
        /// its status word). Blocks are 16-byte aligned, so a lock word's status bits are free.</summary>
        private const uint BlockWords = 4;
        private const uint BlocksPerChunk = (Heap.PageSize - 16) / (BlockWords * 4);

        private static byte* s_chunks;
        private static uint* s_free;

        private static uint* SyncWordOf(object o) => (uint*)((byte*)Wasm.AddressOf(o) + 4);

        private static uint* BlockOf(uint word) => (uint*)(word & ~StatusMask);

        /// <summary>Monitor.Enter(obj). A null `obj` raises ArgumentNullException without a parameter name, as
        /// CoreCLR's native Enter does ("Value cannot be null.").</summary>
        [Implements("System.Threading.Monitor", "Enter")]
        public static void Enter(object obj)
        {
            if (obj == null)
                ExceptionDispatch.Raise(new ArgumentNullException());
            EnterOwned(obj);
        }

        /// <summary>Enter with a timeout: with one thread the lock is free or already ours, so it is taken at once
        /// whatever the timeout. CoreLib's ReliableEnterTimeout has checked the arguments.</summary>
        [Implements("System.Threading.Monitor", "try_enter_with_atomic_var")]
        public static void TryEnterWithAtomicVar(object obj, int millisecondsTimeout, bool allowInterruption, ref bool lockTaken)
        {
            EnterOwned(obj);
            lockTaken = true;
        }

        /// <summary>Takes `obj`'s lock for the one thread, or enters it once more.</summary>
        private static void EnterOwned(object obj)
        {
            uint* word = SyncWordOf(obj);
            uint w = *word;
            if (w == 0)
            {
                *word = (uint)Threads.MainSmallId << OwnerShift;
                return;
            }
            if ((w & Inflated) != 0)
            {
                uint* block = BlockOf(w);
                if ((block[0] & OwnerMask) == 0)
                    // Unlocked blocks keep nest at 1 (ObjectHeader's TryDecrementNest leaves it there).
                    block[0] = (block[0] & ~OwnerMask) | (uint)Threads.MainSmallId;
                else
                    block[1]++;
                return;
            }
            if ((w & HasHash) != 0)
            {
                // A hash and now a lock: the hash moves into a block.
                *word = Inflate(obj, (uint)Threads.MainSmallId, 1, w >> 2) | Inflated | HasHash;
                return;
            }
            // A flat lock, ours. Its nest bits count entries after the first; when they are all used, inflate.
            if ((w & NestMask) != NestMask)
                *word = w + (1u << NestShift);
            else
                *word = Inflate(obj, (uint)Threads.MainSmallId, FlatNest(w) + 1, 0) | Inflated;
        }

        /// <summary>An exit ObjectHeader.TryExitChecked did not finish (it checked that the lock is ours).</summary>
        [Implements("System.Threading.Monitor", "InternalExit")]
        public static void InternalExit(object obj)
        {
            if (!IsOwned(obj))
                ExceptionDispatch.Raise(new SynchronizationLockException(
                    "Object synchronization method was called from an unsynchronized block of code."));
            uint* word = SyncWordOf(obj);
            uint w = *word;
            if ((w & Inflated) != 0)
            {
                uint* block = BlockOf(w);
                if (block[1] > 1)
                    block[1]--;
                else
                    block[0] &= ~OwnerMask;
            }
            else
            {
                *word = (w & NestMask) != 0 ? w - (1u << NestShift) : 0;
            }
        }

        /// <summary>Whether the one thread holds `obj`'s lock (Monitor.IsEntered, and the check before Wait and
        /// Pulse).</summary>
        [Implements("System.Threading.Monitor", "Monitor_test_owner")]
        [Implements("System.Threading.Monitor", "Monitor_test_synchronised")]
        public static bool IsOwned(object obj)
        {
            uint w = *SyncWordOf(obj);
            if ((w & Inflated) != 0)
                return (BlockOf(w)[0] & OwnerMask) == (uint)Threads.MainSmallId;
            return (w & StatusMask) == 0 && w >> OwnerShift == (uint)Threads.MainSmallId;
        }

        /// <summary>Pulse and PulseAll wake waiters; with one thread there are none (CoreLib checked the lock is ours).</summary>
        [Implements("System.Threading.Monitor", "Monitor_pulse")]
        [Implements("System.Threading.Monitor", "Monitor_pulse_all")]
        public static void Pulse(object obj)
        {
        }

        /// <summary>
        /// Wait releases the lock until another thread pulses it or the timeout passes. No other thread exists, so
        /// a wait with a timeout times out (false, the lock still ours) and one without would block forever, which
        /// is reported rather than hung.
        /// </summary>
        [Implements("System.Threading.Monitor", "Monitor_wait")]
        public static bool Wait(object obj, int millisecondsTimeout, bool allowInterruption)
        {
            if (millisecondsTimeout == Timeout.Infinite)
                ExceptionDispatch.Raise(new PlatformNotSupportedException(
                    "Monitor.Wait without a timeout would block forever: this runtime has one thread, so nothing can Pulse the lock."));
            return false;
        }

        [Implements("System.Threading.Monitor", "Monitor_get_lock_contention_count")]
        public static long LockContentionCount() => 0;

        /// <summary>
        /// RuntimeHelpers.GetHashCode's slow path (CoreLib's ObjectHeader.TryGetHashCode reads hashes already made):
        /// an object's identity hash, made once and kept in its sync word (`hash &lt;&lt; 2 | 1`) or, when the
        /// word holds a lock, in the lock's sync block.
        /// </summary>
        public static int IdentityHash(object o, uint fresh)
        {
            uint* word = SyncWordOf(o);
            uint w = *word;
            if ((w & Inflated) != 0)
            {
                uint* block = BlockOf(w);
                if ((w & HasHash) == 0)
                {
                    block[2] = fresh;
                    *word = w | HasHash;
                }
                return (int)block[2];
            }
            if ((w & HasHash) != 0)
                return (int)(w >> 2);
            if (w == 0)
                *word = fresh << 2 | HasHash;
            else
                // A flat lock, ours: the lock and the hash move into a block.
                *word = Inflate(o, w >> OwnerShift, FlatNest(w), fresh) | Inflated | HasHash;
            return (int)fresh;
        }

        /// <summary>Entries a flat lock word counts: the first plus its nest bits.</summary>
        private static uint FlatNest(uint w) => 1 + ((w & NestMask) >> NestShift);

        /// <summary>A sync block for `obj` with this owner, nesting and hash; its address (16-byte aligned).</summary>
        private static uint Inflate(object obj, uint owner, uint nest, uint hash)
        {
            if (s_free == null)
                AddChunk();
            uint* block = s_free;
            s_free = (uint*)block[0];
            block[0] = owner;
            block[1] = nest;
            block[2] = hash;
            block[3] = (uint)Wasm.AddressOf(obj);
            return (uint)block;
        }

        private static void AddChunk()
        {
            byte* chunk = Heap.TakeChunk(ref s_chunks);
            uint* blocks = (uint*)(chunk + 16);
            for (uint i = BlocksPerChunk; i-- > 0;)
            {
                uint* block = blocks + BlockWords * i;
                block[0] = (uint)s_free;
                s_free = block;
            }
        }

        /// <summary>After marking (finalization's included): frees the sync blocks of objects that died.</summary>
        public static void FreeDead()
        {
            for (byte* chunk = s_chunks; chunk != null; chunk = *(byte**)chunk)
            {
                uint* blocks = (uint*)(chunk + 16);
                for (uint i = 0; i < BlocksPerChunk; i++)
                {
                    uint* block = blocks + BlockWords * i;
                    if (block[3] == 0 || Heap.Survives(block[3]))
                        continue;
                    block[3] = 0;
                    block[0] = (uint)s_free;
                    s_free = block;
                }
            }
        }
    }
}
