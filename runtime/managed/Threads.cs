// The one thread. Mono's runtime attaches the main thread before Main as a Thread object whose managed id is 1
// (mono-corelib-contract-notes.md §6); CoreLib reads it through the GetCurrentThread internal call (cached in a
// [ThreadStatic], a plain static here) — Environment.CurrentManagedThreadId, which every C# iterator's
// GetEnumerator asks, among others. This runtime has one thread, so the object is made once, on first request.

using System.Runtime.CompilerServices;
using System.Threading;

namespace WasmR2R.Runtime
{
    internal static unsafe class Threads
    {
        /// <summary>The one thread's small id: what Mono's lock words and sync blocks name as a lock's owner.</summary>
        public const int MainSmallId = 1;

        private static Thread s_main;

        [Implements("System.Threading.Thread", "GetCurrentThread")]
        public static Thread GetCurrentThread()
        {
            if (s_main == null)
            {
                Thread thread = Unsafe.As<Thread>(Allocator.AllocObject(Wasm.MethodTableOf<Thread>()));
                ManagedId(thread) = 1;
                SmallId(thread) = MainSmallId;
                s_main = thread;
            }
            return s_main;
        }

        /// <summary>Thread's finalizer frees the native thread data Mono's runtime keeps; this runtime keeps none (the
        /// Thread object is all there is), and the main thread's object never dies.</summary>
        [Implements("System.Threading.Thread", "FreeInternal")]
        public static void FreeInternal(Thread thread)
        {
        }

        [Implements("System.Threading.Thread", "GetState")]
        public static ThreadState GetState(Thread thread) => State(thread);

        [Implements("System.Threading.Thread", "SetState")]
        public static void SetState(Thread thread, ThreadState set) => State(thread) |= set;

        [Implements("System.Threading.Thread", "ClrState")]
        public static void ClrState(Thread thread, ThreadState clear) => State(thread) &= ~clear;

        /// <summary>SystemNative_TryGetUInt32OSThreadId: the OS thread's id, which System.Threading.Lock records as
        /// its owner; the one thread's is 1.</summary>
        [Implements("libSystem.Native", "SystemNative_TryGetUInt32OSThreadId")]
        public static uint TryGetUInt32OSThreadId() => 1;

        /// <summary>Thread.Yield: true when the OS ran another thread; there is none to run.</summary>
        [Implements("System.Threading.Thread", "YieldInternal")]
        public static bool YieldInternal() => false;

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "state")]
        private static extern ref ThreadState State(Thread thread);

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "managed_id")]
        private static extern ref int ManagedId(Thread thread);

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "small_id")]
        private static extern ref int SmallId(Thread thread);
    }
}
