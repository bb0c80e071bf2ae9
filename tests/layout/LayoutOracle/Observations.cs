using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace LayoutOracle
{
    /// Facts that are not type layouts but that the compiler relies on too (arrays, strings, boxing),
    /// measured on live objects and printed to stderr as "observe <what> <value>" lines.
    internal static unsafe class Observations
    {
        public static void Print(TextWriter err)
        {
            // Single-dimension arrays: where the length and the first element are.
            Array(err, "int[]", new int[0x1234]);
            Array(err, "byte[]", new byte[0x1235]);
            Array(err, "long[]", new long[0x1236]);
            Array(err, "double[]", new double[0x1237]);
            Array(err, "object[]", new object[0x1238]);
            Array(err, "decimal[]", new decimal[0x1239]);

            // A two-dimensional array: bounds pointer (non-null), element data start, and what the bounds hold.
            int[,] matrix = new int[3, 5];
            nint m = LiveProbe.AddressOf(matrix);
            nint bounds = *(nint*)(m + 8);
            err.WriteLine($"observe int[,]:bounds-pointer-at-8-nonnull {bounds != 0}");
            err.WriteLine($"observe int[,]:data-offset {(long)(Marshal.UnsafeAddrOfPinnedArrayElement(matrix, 0) - m)}");
            err.WriteLine($"observe int[,]:length-at-12 {*(int*)(m + 12)}");
            if (bounds != 0)
                err.WriteLine($"observe int[,]:bounds {*(int*)bounds},{*(int*)(bounds + 4)};{*(int*)(bounds + 8)},{*(int*)(bounds + 12)} (length,lower-bound per dimension)");

            // Strings: the character after the last one, and allocation sizes by length.
            string s = new string('q', 5);
            nint sa = LiveProbe.AddressOf(s);
            err.WriteLine($"observe string:length-at-8 {*(int*)(sa + 8)} (length 5)");
            err.WriteLine($"observe string:char-after-last {(int)*(char*)(sa + 12 + 2 * 5)}");
            for (int length = 1; length <= 8; length++)
            {
                long best = long.MaxValue;
                for (int attempt = 0; attempt < 3; attempt++)
                {
                    long before = GC.GetAllocatedBytesForCurrentThread();
                    string fresh = new string('q', length);
                    long after = GC.GetAllocatedBytesForCurrentThread();
                    GC.KeepAlive(fresh);
                    best = Math.Min(best, after - before);
                }
                err.WriteLine($"observe string:allocated-bytes-length-{length} {best} (12+2n rounded to 8 = {(12 + 2 * length + 7) / 8 * 8}, with a NUL = {(12 + 2 * (length + 1) + 7) / 8 * 8})");
            }

            // Boxing a Nullable<T> gives a boxed T whose payload follows the header.
            object boxed = (int?)0x5A5A;
            nint b = LiveProbe.AddressOf(boxed);
            err.WriteLine($"observe box(int?):type {boxed.GetType()} value-at-8 0x{*(int*)(b + 8):x}");
            object boxedLong = 0x1122334455667788L;
            err.WriteLine($"observe box(long):value-at-8 0x{*(long*)(LiveProbe.AddressOf(boxedLong) + 8):x}");
        }

        private static void Array(TextWriter err, string name, System.Array array)
        {
            nint a = LiveProbe.AddressOf(array);
            err.WriteLine($"observe {name}:bounds-at-8 {*(nint*)(a + 8)}");
            err.WriteLine($"observe {name}:length-at-12 0x{*(int*)(a + 12):x} (length 0x{array.Length:x})");
            err.WriteLine($"observe {name}:data-offset {(long)(Marshal.UnsafeAddrOfPinnedArrayElement(array, 0) - a)}");
            err.WriteLine($"observe {name}:data-offset-GetArrayDataReference {(long)((nint)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(array)) - a)}");
        }
    }
}
