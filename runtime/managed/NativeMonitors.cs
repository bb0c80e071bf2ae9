// System.Native's LowLevelMonitor: a pthread mutex with a condition variable, which CoreLib's LowLevelLock and
// WaitSubsystem (events, semaphores, Task's completion events) are built on. On one thread nobody else can hold the
// mutex or signal the condition, so: acquiring takes it at once (taking it again while held would deadlock a real
// non-recursive mutex, and is reported instead); a timed wait times out at once with the mutex still held, as
// Monitor.Wait with a timeout does here; a wait without a timeout would block forever, and is reported.
// A monitor is one word in the C heap: 1 while held.

namespace WasmR2R.Runtime
{
    internal static unsafe class NativeMonitors
    {
        [Implements("libSystem.Native", "SystemNative_LowLevelMonitor_Create")]
        public static int* Create()
        {
            int* monitor = (int*)NativeHeap.Calloc(1, sizeof(int));
            if (monitor == null)
                ThrowHelpers.Fail("System.OutOfMemoryException", "Insufficient memory to create a LowLevelMonitor.");
            return monitor;
        }

        [Implements("libSystem.Native", "SystemNative_LowLevelMonitor_Destroy")]
        public static void Destroy(int* monitor) => NativeHeap.Free((byte*)monitor);

        [Implements("libSystem.Native", "SystemNative_LowLevelMonitor_Acquire")]
        public static void Acquire(int* monitor)
        {
            if (*monitor != 0)
                ThrowHelpers.Fail("System.Threading.SynchronizationLockException",
                    "A LowLevelMonitor was acquired again by the thread that holds it: a deadlock on the one thread.");
            *monitor = 1;
        }

        [Implements("libSystem.Native", "SystemNative_LowLevelMonitor_Release")]
        [Implements("libSystem.Native", "SystemNative_LowLevelMonitor_Signal_Release")]
        public static void Release(int* monitor) => *monitor = 0;

        [Implements("libSystem.Native", "SystemNative_LowLevelMonitor_Wait")]
        public static void Wait(int* monitor) =>
            ThrowHelpers.Fail("System.Threading.SynchronizationLockException",
                "A wait without a timeout would block forever: this runtime has one thread, so nothing can signal it.");

        /// <summary>Returns whether the condition was signalled (false: the wait timed out).</summary>
        [Implements("libSystem.Native", "SystemNative_LowLevelMonitor_TimedWait")]
        public static bool TimedWait(int* monitor, int timeoutMilliseconds) => false;
    }
}
