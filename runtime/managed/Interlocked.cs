// CoreLib's Interlocked internal calls. A browser-wasm app built without threads runs one thread, so an atomic
// operation is its plain sequence: nothing can come between the read and the write.

namespace WasmR2R.Runtime
{
    internal static class Atomics
    {
        [Implements("System.Threading.Interlocked", "CompareExchange")]
        public static int CompareExchange(ref int location, int value, int comparand)
        {
            int old = location;
            if (old == comparand)
                location = value;
            return old;
        }

        [Implements("System.Threading.Interlocked", "CompareExchange")]
        public static long CompareExchange(ref long location, long value, long comparand)
        {
            long old = location;
            if (old == comparand)
                location = value;
            return old;
        }

        /// <summary>Mono's form for references: the result through the last argument.</summary>
        [Implements("System.Threading.Interlocked", "CompareExchange")]
        public static void CompareExchange(ref object location, ref object value, ref object comparand, ref object result)
        {
            object old = location;
            if (old == comparand)
                location = value;
            result = old;
        }

        [Implements("System.Threading.Interlocked", "Exchange")]
        public static int Exchange(ref int location, int value)
        {
            int old = location;
            location = value;
            return old;
        }

        [Implements("System.Threading.Interlocked", "Exchange")]
        public static long Exchange(ref long location, long value)
        {
            long old = location;
            location = value;
            return old;
        }

        [Implements("System.Threading.Interlocked", "Exchange")]
        public static void Exchange(ref object location, ref object value, ref object result)
        {
            object old = location;
            location = value;
            result = old;
        }

        // CoreLib's byte and ushort forms are [Intrinsic] placeholders whose IL calls itself (the JIT expands
        // them); they are replaced here, each at its own width.
        [Replaces("System.Threading.Interlocked", "Exchange")]
        public static byte Exchange(ref byte location, byte value)
        {
            byte old = location;
            location = value;
            return old;
        }

        [Replaces("System.Threading.Interlocked", "Exchange")]
        public static ushort Exchange(ref ushort location, ushort value)
        {
            ushort old = location;
            location = value;
            return old;
        }

        [Replaces("System.Threading.Interlocked", "CompareExchange")]
        public static byte CompareExchange(ref byte location, byte value, byte comparand)
        {
            byte old = location;
            if (old == comparand)
                location = value;
            return old;
        }

        [Replaces("System.Threading.Interlocked", "CompareExchange")]
        public static ushort CompareExchange(ref ushort location, ushort value, ushort comparand)
        {
            ushort old = location;
            if (old == comparand)
                location = value;
            return old;
        }

        [Implements("System.Threading.Interlocked", "Increment")]
        public static int Increment(ref int location) => location = location + 1;

        [Implements("System.Threading.Interlocked", "Increment")]
        public static long Increment(ref long location) => location = location + 1;

        [Implements("System.Threading.Interlocked", "Decrement")]
        public static int Decrement(ref int location) => location = location - 1;

        [Implements("System.Threading.Interlocked", "Decrement")]
        public static long Decrement(ref long location) => location = location - 1;

        [Implements("System.Threading.Interlocked", "Add")]
        public static int Add(ref int location, int value) => location = location + value;

        [Implements("System.Threading.Interlocked", "Add")]
        public static long Add(ref long location, long value) => location = location + value;

        [Implements("System.Threading.Interlocked", "Read")]
        public static long Read(ref long location) => location;

        [Implements("System.Threading.Interlocked", "MemoryBarrierProcessWide")]
        public static void MemoryBarrierProcessWide() { }
    }
}
