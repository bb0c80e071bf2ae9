// Identity hash codes and random bytes.

using System.Runtime.InteropServices;

namespace WasmR2R.Runtime
{
    internal static unsafe class Hashing
    {
        private static uint s_state = 0x2545F491;

        /// <summary>RuntimeHelpers.InternalGetHashCode: an object's identity hash, kept in its sync word with Mono's
        /// thin-hash encoding (`hash &lt;&lt; 2 | 1`), which CoreLib's managed ObjectHeader reads back.</summary>
        [Implements("System.Runtime.CompilerServices.RuntimeHelpers", "InternalGetHashCode")]
        public static int InternalGetHashCode(object o)
        {
            if (o == null)
                return 0;
            uint* word = (uint*)((byte*)Wasm.AddressOf(o) + 4);
            if ((*word & 3) == 1)
                return (int)(*word >> 2);
            // xorshift32: distinct, well-spread values; 30 bits fit beside the status bits.
            uint x = s_state;
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            s_state = x;
            uint hash = x & 0x3FFFFFFF;
            *word = hash << 2 | 1;
            return (int)hash;
        }

        [Implements("libSystem.Native", "SystemNative_GetNonCryptographicallySecureRandomBytes")]
        public static void GetNonCryptographicallySecureRandomBytes(byte* buffer, int length) => Host.Random(buffer, length);

        [Implements("libSystem.Native", "SystemNative_GetCryptographicallySecureRandomBytes")]
        public static int GetCryptographicallySecureRandomBytes(byte* buffer, int length)
        {
            Host.Random(buffer, length);
            return 0;
        }
    }
}
