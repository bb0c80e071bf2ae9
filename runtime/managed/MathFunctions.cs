// Mono's Math and MathF internal calls that Wasm has no instruction for (Sqrt, Floor and Ceiling are instructions,
// import/intrinsics.rs): the host's math functions, imported from module "wasmr2r". MathF computes in double and
// rounds once to float. ModF (which Math.Truncate is) is arithmetic here.

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

        [Implements("System.Math", "Acos")]
        [DllImport("wasmr2r", EntryPoint = "acos")]
        public static extern double Acos(double x);

        [Implements("System.MathF", "Acos")]
        public static float AcosF(float x) => (float)Acos(x);

        [Implements("System.Math", "Acosh")]
        [DllImport("wasmr2r", EntryPoint = "acosh")]
        public static extern double Acosh(double x);

        [Implements("System.MathF", "Acosh")]
        public static float AcoshF(float x) => (float)Acosh(x);

        [Implements("System.Math", "Asin")]
        [DllImport("wasmr2r", EntryPoint = "asin")]
        public static extern double Asin(double x);

        [Implements("System.MathF", "Asin")]
        public static float AsinF(float x) => (float)Asin(x);

        [Implements("System.Math", "Asinh")]
        [DllImport("wasmr2r", EntryPoint = "asinh")]
        public static extern double Asinh(double x);

        [Implements("System.MathF", "Asinh")]
        public static float AsinhF(float x) => (float)Asinh(x);

        [Implements("System.Math", "Atan")]
        [DllImport("wasmr2r", EntryPoint = "atan")]
        public static extern double Atan(double x);

        [Implements("System.MathF", "Atan")]
        public static float AtanF(float x) => (float)Atan(x);

        [Implements("System.Math", "Atanh")]
        [DllImport("wasmr2r", EntryPoint = "atanh")]
        public static extern double Atanh(double x);

        [Implements("System.MathF", "Atanh")]
        public static float AtanhF(float x) => (float)Atanh(x);

        [Implements("System.Math", "Cbrt")]
        [DllImport("wasmr2r", EntryPoint = "cbrt")]
        public static extern double Cbrt(double x);

        [Implements("System.MathF", "Cbrt")]
        public static float CbrtF(float x) => (float)Cbrt(x);

        [Implements("System.Math", "Cos")]
        [DllImport("wasmr2r", EntryPoint = "cos")]
        public static extern double Cos(double x);

        [Implements("System.MathF", "Cos")]
        public static float CosF(float x) => (float)Cos(x);

        [Implements("System.Math", "Cosh")]
        [DllImport("wasmr2r", EntryPoint = "cosh")]
        public static extern double Cosh(double x);

        [Implements("System.MathF", "Cosh")]
        public static float CoshF(float x) => (float)Cosh(x);

        [Implements("System.Math", "Exp")]
        [DllImport("wasmr2r", EntryPoint = "exp")]
        public static extern double Exp(double x);

        [Implements("System.MathF", "Exp")]
        public static float ExpF(float x) => (float)Exp(x);

        [Implements("System.Math", "Log")]
        [DllImport("wasmr2r", EntryPoint = "log")]
        public static extern double Log(double x);

        [Implements("System.MathF", "Log")]
        public static float LogF(float x) => (float)Log(x);

        [Implements("System.Math", "Log10")]
        [DllImport("wasmr2r", EntryPoint = "log10")]
        public static extern double Log10(double x);

        [Implements("System.MathF", "Log10")]
        public static float Log10F(float x) => (float)Log10(x);

        [Implements("System.Math", "Log2")]
        [DllImport("wasmr2r", EntryPoint = "log2")]
        public static extern double Log2(double x);

        [Implements("System.MathF", "Log2")]
        public static float Log2F(float x) => (float)Log2(x);

        [Implements("System.Math", "Sin")]
        [DllImport("wasmr2r", EntryPoint = "sin")]
        public static extern double Sin(double x);

        [Implements("System.MathF", "Sin")]
        public static float SinF(float x) => (float)Sin(x);

        [Implements("System.Math", "Sinh")]
        [DllImport("wasmr2r", EntryPoint = "sinh")]
        public static extern double Sinh(double x);

        [Implements("System.MathF", "Sinh")]
        public static float SinhF(float x) => (float)Sinh(x);

        [Implements("System.Math", "Tan")]
        [DllImport("wasmr2r", EntryPoint = "tan")]
        public static extern double Tan(double x);

        [Implements("System.MathF", "Tan")]
        public static float TanF(float x) => (float)Tan(x);

        [Implements("System.Math", "Tanh")]
        [DllImport("wasmr2r", EntryPoint = "tanh")]
        public static extern double Tanh(double x);

        [Implements("System.MathF", "Tanh")]
        public static float TanhF(float x) => (float)Tanh(x);

        [Implements("System.Math", "Atan2")]
        [DllImport("wasmr2r", EntryPoint = "atan2")]
        public static extern double Atan2(double x, double y);

        [Implements("System.MathF", "Atan2")]
        public static float Atan2F(float x, float y) => (float)Atan2(x, y);

        [Implements("System.Math", "Pow")]
        [DllImport("wasmr2r", EntryPoint = "pow")]
        public static extern double Pow(double x, double y);

        [Implements("System.MathF", "Pow")]
        public static float PowF(float x, float y) => (float)Pow(x, y);
    }
}
