// Mono's Math and MathF internal calls that Wasm has no instruction for (Sqrt, Floor and Ceiling are instructions,
// import/intrinsics.rs): the host's math functions, imported from module "wasmr2r". MathF computes in double and
// rounds once to float; a NaN result is double.NaN (Quiet). ModF (which Math.Truncate is) is arithmetic here.

using System.Runtime.InteropServices;

namespace WasmR2R.Runtime
{
    internal static unsafe class MathFunctions
    {
        /// <summary>
        /// C's modf: stores the integral part of `x` (toward zero) and returns the fraction, both with `x`'s sign;
        /// an infinite `x` is all integral part (fraction ±0), a NaN gives NaN for both.
        /// </summary>
        [Implements("System.Math", "ModF")]
        public static double ModF(double x, double* integral)
        {
            double whole = x;
            // Below 2^52 a double may have a fraction, and a long holds its integral part exactly.
            if ((x < 0 ? -x : x) < 4503599627370496.0)
                whole = WithSignOf((double)(long)x, x);
            *integral = whole;
            return whole == x ? WithSignOf(0.0, x) : x - whole;
        }

        [Implements("System.MathF", "ModF")]
        public static float ModF(float x, float* integral)
        {
            float whole = x;
            if ((x < 0 ? -x : x) < 8388608.0f)
                whole = WithSignOf((float)(int)x, x);
            *integral = whole;
            return whole == x ? WithSignOf(0.0f, x) : x - whole;
        }

        /// <summary>
        /// The host's NaN results are not all quiet NaNs: V8's out-of-domain results (asin(2), log(-1)) reach Wasm
        /// as the signaling 0x7FF4000000000000. A NaN result is double.NaN, the bits Mono's browser-wasm runtime
        /// gives (and CoreCLR for a NaN argument).
        /// </summary>
        private static double Quiet(double result) => double.IsNaN(result) ? double.NaN : result;

        private static double WithSignOf(double value, double sign)
        {
            long bits = (*(long*)&value & long.MaxValue) | (*(long*)&sign & long.MinValue);
            return *(double*)&bits;
        }

        private static float WithSignOf(float value, float sign)
        {
            int bits = (*(int*)&value & int.MaxValue) | (*(int*)&sign & int.MinValue);
            return *(float*)&bits;
        }

        [DllImport("wasmr2r", EntryPoint = "acos")]
        private static extern double HostAcos(double x);

        [Implements("System.Math", "Acos")]
        public static double Acos(double x) => Quiet(HostAcos(x));

        [Implements("System.MathF", "Acos")]
        public static float AcosF(float x) => (float)Acos(x);

        [DllImport("wasmr2r", EntryPoint = "acosh")]
        private static extern double HostAcosh(double x);

        [Implements("System.Math", "Acosh")]
        public static double Acosh(double x) => Quiet(HostAcosh(x));

        [Implements("System.MathF", "Acosh")]
        public static float AcoshF(float x) => (float)Acosh(x);

        [DllImport("wasmr2r", EntryPoint = "asin")]
        private static extern double HostAsin(double x);

        [Implements("System.Math", "Asin")]
        public static double Asin(double x) => Quiet(HostAsin(x));

        [Implements("System.MathF", "Asin")]
        public static float AsinF(float x) => (float)Asin(x);

        [DllImport("wasmr2r", EntryPoint = "asinh")]
        private static extern double HostAsinh(double x);

        [Implements("System.Math", "Asinh")]
        public static double Asinh(double x) => Quiet(HostAsinh(x));

        [Implements("System.MathF", "Asinh")]
        public static float AsinhF(float x) => (float)Asinh(x);

        [DllImport("wasmr2r", EntryPoint = "atan")]
        private static extern double HostAtan(double x);

        [Implements("System.Math", "Atan")]
        public static double Atan(double x) => Quiet(HostAtan(x));

        [Implements("System.MathF", "Atan")]
        public static float AtanF(float x) => (float)Atan(x);

        [DllImport("wasmr2r", EntryPoint = "atanh")]
        private static extern double HostAtanh(double x);

        [Implements("System.Math", "Atanh")]
        public static double Atanh(double x) => Quiet(HostAtanh(x));

        [Implements("System.MathF", "Atanh")]
        public static float AtanhF(float x) => (float)Atanh(x);

        [DllImport("wasmr2r", EntryPoint = "cbrt")]
        private static extern double HostCbrt(double x);

        [Implements("System.Math", "Cbrt")]
        public static double Cbrt(double x) => Quiet(HostCbrt(x));

        [Implements("System.MathF", "Cbrt")]
        public static float CbrtF(float x) => (float)Cbrt(x);

        [DllImport("wasmr2r", EntryPoint = "cos")]
        private static extern double HostCos(double x);

        [Implements("System.Math", "Cos")]
        public static double Cos(double x) => Quiet(HostCos(x));

        [Implements("System.MathF", "Cos")]
        public static float CosF(float x) => (float)Cos(x);

        [DllImport("wasmr2r", EntryPoint = "cosh")]
        private static extern double HostCosh(double x);

        [Implements("System.Math", "Cosh")]
        public static double Cosh(double x) => Quiet(HostCosh(x));

        [Implements("System.MathF", "Cosh")]
        public static float CoshF(float x) => (float)Cosh(x);

        [DllImport("wasmr2r", EntryPoint = "exp")]
        private static extern double HostExp(double x);

        [Implements("System.Math", "Exp")]
        public static double Exp(double x) => Quiet(HostExp(x));

        [Implements("System.MathF", "Exp")]
        public static float ExpF(float x) => (float)Exp(x);

        [DllImport("wasmr2r", EntryPoint = "log")]
        private static extern double HostLog(double x);

        [Implements("System.Math", "Log")]
        public static double Log(double x) => Quiet(HostLog(x));

        [Implements("System.MathF", "Log")]
        public static float LogF(float x) => (float)Log(x);

        [DllImport("wasmr2r", EntryPoint = "log10")]
        private static extern double HostLog10(double x);

        [Implements("System.Math", "Log10")]
        public static double Log10(double x) => Quiet(HostLog10(x));

        [Implements("System.MathF", "Log10")]
        public static float Log10F(float x) => (float)Log10(x);

        [DllImport("wasmr2r", EntryPoint = "log2")]
        private static extern double HostLog2(double x);

        [Implements("System.Math", "Log2")]
        public static double Log2(double x) => Quiet(HostLog2(x));

        [Implements("System.MathF", "Log2")]
        public static float Log2F(float x) => (float)Log2(x);

        [DllImport("wasmr2r", EntryPoint = "sin")]
        private static extern double HostSin(double x);

        [Implements("System.Math", "Sin")]
        public static double Sin(double x) => Quiet(HostSin(x));

        [Implements("System.MathF", "Sin")]
        public static float SinF(float x) => (float)Sin(x);

        [DllImport("wasmr2r", EntryPoint = "sinh")]
        private static extern double HostSinh(double x);

        [Implements("System.Math", "Sinh")]
        public static double Sinh(double x) => Quiet(HostSinh(x));

        [Implements("System.MathF", "Sinh")]
        public static float SinhF(float x) => (float)Sinh(x);

        [DllImport("wasmr2r", EntryPoint = "tan")]
        private static extern double HostTan(double x);

        [Implements("System.Math", "Tan")]
        public static double Tan(double x) => Quiet(HostTan(x));

        [Implements("System.MathF", "Tan")]
        public static float TanF(float x) => (float)Tan(x);

        [DllImport("wasmr2r", EntryPoint = "tanh")]
        private static extern double HostTanh(double x);

        [Implements("System.Math", "Tanh")]
        public static double Tanh(double x) => Quiet(HostTanh(x));

        [Implements("System.MathF", "Tanh")]
        public static float TanhF(float x) => (float)Tanh(x);

        [DllImport("wasmr2r", EntryPoint = "atan2")]
        private static extern double HostAtan2(double x, double y);

        [Implements("System.Math", "Atan2")]
        public static double Atan2(double x, double y) => Quiet(HostAtan2(x, y));

        [Implements("System.MathF", "Atan2")]
        public static float Atan2F(float x, float y) => (float)Atan2(x, y);

        [DllImport("wasmr2r", EntryPoint = "pow")]
        private static extern double HostPow(double x, double y);

        [Implements("System.Math", "Pow")]
        public static double Pow(double x, double y) => Quiet(HostPow(x, y));

        [Implements("System.MathF", "Pow")]
        public static float PowF(float x, float y) => (float)Pow(x, y);
    }

    /// <summary>
    /// Math.FusedMultiplyAdd and MathF's: x * y + z rounded once. Wasm has no fused multiply-add (only relaxed SIMD's,
    /// which may round twice), so the sum is formed exactly in 128-bit integers and rounded to nearest, ties to even,
    /// subnormals and overflow included.
    /// </summary>
    internal static unsafe class FusedMultiply
    {
        // 128-bit unsigned as (hi, lo).
        static int BitLength(ulong hi, ulong lo) => hi != 0 ? 64 + BitLength(hi) : BitLength(lo);

        static void ShiftLeft(ref ulong hi, ref ulong lo, int n)
        {
            if (n == 0) return;
            if (n >= 64) { hi = lo << (n - 64); lo = 0; return; }
            hi = (hi << n) | (lo >> (64 - n)); lo <<= n;
        }

        // Shift right by n, OR-ing every bit shifted out into bit 0 (sticky).
        static void ShiftRightSticky(ref ulong hi, ref ulong lo, int n)
        {
            if (n == 0) return;
            bool sticky;
            if (n >= 128) { sticky = (hi | lo) != 0; hi = 0; lo = sticky ? 1UL : 0; return; }
            if (n >= 64)
            {
                sticky = lo != 0 || (n > 64 && (hi << (128 - n)) != 0);
                lo = n == 64 ? hi : hi >> (n - 64); hi = 0;
            }
            else
            {
                sticky = (lo << (64 - n)) != 0;
                lo = (lo >> n) | (hi << (64 - n)); hi >>= n;
            }
            if (sticky) lo |= 1;
        }

        static void Multiply(ulong a, ulong b, out ulong hi, out ulong lo)
        {
            ulong a0 = (uint)a, a1 = a >> 32, b0 = (uint)b, b1 = b >> 32;
            ulong p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
            ulong middle = (p00 >> 32) + (uint)p01 + (uint)p10;
            lo = (middle << 32) | (uint)p00;
            hi = p11 + (p01 >> 32) + (p10 >> 32) + (middle >> 32);
        }

        // mantissa and exponent with value = m * 2^e; m < 2^53.
        static void Decompose(double d, out ulong m, out int e)
        {
            ulong bits = *(ulong*)&d & 0x7FFFFFFFFFFFFFFFUL;
            int biased = (int)(bits >> 52);
            m = bits & 0xFFFFFFFFFFFFFUL;
            if (biased == 0) e = -1074; else { m |= 1UL << 52; e = biased - 1075; }
        }

        static int BitLength(ulong v)
        {
            int n = 0;
            for (int step = 32; step > 0; step >>= 1)
            {
                if (v >> step != 0)
                {
                    v >>= step;
                    n += step;
                }
            }
            return v == 0 ? n : n + 1;
        }

        static bool IsFinite(double d) => (*(ulong*)&d & 0x7FF0000000000000UL) != 0x7FF0000000000000UL;

        [Implements("System.Math", "FusedMultiplyAdd")]
        public static double FusedMultiplyAdd(double x, double y, double z)
        {
            if (!IsFinite(x) || !IsFinite(y) || x == 0 || y == 0)
                return x * y + z; // an infinite, NaN or zero product is exact
            // An infinite z wins over any finite product (which, computed, might overflow to the other infinity);
            // a NaN z is returned as arithmetic makes it (quieted).
            if (!IsFinite(z))
                return System.Double.IsNaN(z) ? z + z : z;
            return ExactSum(x, y, z, out bool negative, out ulong hi, out ulong lo, out int e)
                ? Round(negative, hi, lo, e)
                : 0.0;
        }

        [Implements("System.MathF", "FusedMultiplyAdd")]
        public static float FusedMultiplyAdd(float x, float y, float z)
        {
            if (!IsFinite(x) || !IsFinite(y) || x == 0 || y == 0)
                return x * y + z;
            if (!IsFinite(z))
                return System.Single.IsNaN(z) ? z + z : z;
            return ExactSum(x, y, z, out bool negative, out ulong hi, out ulong lo, out int e)
                ? RoundSingle(negative, hi, lo, e)
                : 0.0f;
        }

        // x * y + z exactly, for finite x, y, z with x * y != 0: (hi, lo) * 2^e with its sign; false when it is zero (an
        // exact zero sum of opposite signs is +0 when rounding to nearest). Both terms are scaled to a 126-bit
        // integer; the smaller is shifted right with the bits it loses kept as a sticky bit far below any rounding
        // position.
        static bool ExactSum(double x, double y, double z, out bool negative, out ulong sHi, out ulong sLo, out int e)
        {
            bool productNegative = ((*(ulong*)&x ^ *(ulong*)&y) >> 63) != 0;
            Decompose(x, out ulong mx, out int ex);
            Decompose(y, out ulong my, out int ey);
            Multiply(mx, my, out ulong pHi, out ulong pLo);
            int pe = ex + ey;
            int shift = 125 - BitLength(pHi, pLo);
            ShiftLeft(ref pHi, ref pLo, shift);
            pe -= shift;
            if (z == 0)
            {
                negative = productNegative;
                sHi = pHi;
                sLo = pLo;
                e = pe;
                return true;
            }
            bool zNegative = (*(ulong*)&z >> 63) != 0;
            Decompose(z, out ulong mz, out int ez);
            ulong zHi = 0, zLo = mz;
            shift = 125 - BitLength(0, mz);
            ShiftLeft(ref zHi, ref zLo, shift);
            ez -= shift;
            if (pe >= ez)
            {
                ShiftRightSticky(ref zHi, ref zLo, (pe - ez < 128 ? pe - ez : 128));
                e = pe;
            }
            else
            {
                ShiftRightSticky(ref pHi, ref pLo, (ez - pe < 128 ? ez - pe : 128));
                e = ez;
            }
            if (productNegative == zNegative)
            {
                sLo = pLo + zLo;
                sHi = pHi + zHi + (sLo < pLo ? 1UL : 0);
                negative = productNegative;
                return true;
            }
            bool productLarger = pHi > zHi || (pHi == zHi && pLo >= zLo);
            ulong aHi = productLarger ? pHi : zHi, aLo = productLarger ? pLo : zLo;
            ulong bHi = productLarger ? zHi : pHi, bLo = productLarger ? zLo : pLo;
            sLo = aLo - bLo;
            sHi = aHi - bHi - (aLo < bLo ? 1UL : 0);
            negative = productLarger ? productNegative : zNegative;
            return (sHi | sLo) != 0;
        }

        // Rounds (hi, lo) * 2^e to `precision` bits, ties to even, with `minExponent` the exponent of the smallest
        // subnormal: the result is q * 2^exponent with q < 2^precision (q < 2^(precision-1) only for subnormals).
        static ulong RoundBits(ulong hi, ulong lo, int e, int precision, int minExponent, out int exponent)
        {
            int n = BitLength(hi, lo);
            int top = e + n - 1;
            int drop = top < minExponent + precision - 1 ? minExponent - e : n - precision;
            ulong q;
            if (drop > n)
            {
                q = 0;
            }
            else if (drop <= 0)
            {
                q = lo << -drop;
            }
            else
            {
                ulong qLo, remHi = hi, remLo = lo;
                if (drop >= 64) qLo = drop == 64 ? hi : hi >> (drop - 64);
                else qLo = (lo >> drop) | (hi << (64 - drop));
                if (drop > 64) remHi = hi & ((1UL << (drop - 64)) - 1);
                else if (drop == 64) remHi = 0;
                else { remHi = 0; remLo = lo & ((1UL << drop) - 1); }
                ulong halfHi = 0, halfLo = 0;
                if (drop - 1 >= 64) halfHi = 1UL << (drop - 1 - 64); else halfLo = 1UL << (drop - 1);
                bool above = remHi > halfHi || (remHi == halfHi && remLo > halfLo);
                bool tie = remHi == halfHi && remLo == halfLo;
                q = qLo;
                if (above || (tie && (q & 1) != 0))
                    q++;
            }
            exponent = e + drop;
            if (q == 1UL << precision) { q >>= 1; exponent++; }
            return q;
        }

        static double Round(bool negative, ulong hi, ulong lo, int e)
        {
            ulong q = RoundBits(hi, lo, e, 53, -1074, out int exponent);
            ulong bits;
            if (q < 1UL << 52)
                bits = q;
            else
            {
                int biased = exponent + 1075;
                if (biased >= 2047)
                    return negative ? double.NegativeInfinity : double.PositiveInfinity;
                bits = ((ulong)biased << 52) | (q & 0xFFFFFFFFFFFFFUL);
            }
            if (negative) bits |= 1UL << 63;
            return *(double*)&bits;
        }

        static float RoundSingle(bool negative, ulong hi, ulong lo, int e)
        {
            ulong q = RoundBits(hi, lo, e, 24, -149, out int exponent);
            uint bits;
            if (q < 1UL << 23)
                bits = (uint)q;
            else
            {
                int biased = exponent + 150;
                if (biased >= 255)
                    return negative ? float.NegativeInfinity : float.PositiveInfinity;
                bits = ((uint)biased << 23) | ((uint)q & 0x7FFFFFu);
            }
            if (negative) bits |= 1u << 31;
            return *(float*)&bits;
        }
    }
}
