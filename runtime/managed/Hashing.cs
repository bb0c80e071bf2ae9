// Identity hash codes and random bytes.

using System.Runtime.InteropServices;

namespace WasmR2R.Runtime
{
    internal static unsafe class Hashing
    {
        private static uint s_state = 0x2545F491;

        /// <summary>RuntimeHelpers.InternalGetHashCode: an object's identity hash, made here once and kept in its
        /// sync word, where CoreLib's managed ObjectHeader reads it back (Monitors.IdentityHash).</summary>
        [Implements("System.Runtime.CompilerServices.RuntimeHelpers", "InternalGetHashCode")]
        public static int InternalGetHashCode(object o)
        {
            if (o == null)
                return 0;
            // xorshift32: distinct, well-spread values; 30 bits fit beside the sync word's status bits. A value
            // drawn for an object that already has a hash is not used.
            uint x = s_state;
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            s_state = x;
            return Monitors.IdentityHash(o, x & 0x3FFFFFFF);
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
