// The exceptions compiled code raises itself (native/compiler/src/runtime.rs, Helper::throw, names which helper
// each check calls). Until exception handling lands, every exception is unhandled: the host prints it as
// CoreCLR does and the process ends.

using System;
using System.Runtime.CompilerServices;

namespace WasmR2R.Runtime
{
    internal static unsafe class ThrowHelpers
    {
        public static void ThrowOverflow() =>
            Fail("System.OverflowException", "Arithmetic operation resulted in an overflow.");

        public static void ThrowDivideByZero() =>
            Fail("System.DivideByZeroException", "Attempted to divide by zero.");

        public static void ThrowArithmetic() =>
            Fail("System.ArithmeticException", "Overflow or underflow in the arithmetic operation.");

        public static void ThrowNullReference() =>
            Fail("System.NullReferenceException", "Object reference not set to an instance of an object.");

        public static void ThrowIndexOutOfRange() =>
            Fail("System.IndexOutOfRangeException", "Index was outside the bounds of the array.");

        public static void ThrowInvalidCast() =>
            Fail("System.InvalidCastException", "Specified cast is not valid.");

        public static void ThrowArrayTypeMismatch() =>
            Fail("System.ArrayTypeMismatchException",
                "Attempted to access an element as a type incompatible with the array.");

        public static void ThrowStackOverflow() =>
            Fail("System.StackOverflowException", "The shadow stack is exhausted (stackalloc beyond its room).");

        public static void ThrowOutOfMemory() =>
            Fail("System.OutOfMemoryException", "Insufficient memory to continue the execution of the program.");

        /// <summary>A method that was called through a slot nothing compiled (a compiler bug, never a user error).</summary>
        public static void ThrowMissingMethod() =>
            Fail("System.MissingMethodException", "A virtual or interface method was called that was not compiled.");

        /// <summary>The `throw` opcode: the exception's type name (from its MethodTable) and its message.</summary>
        public static void Throw(Exception exception)
        {
            if (exception == null)
                ThrowNullReference();
            MethodTable* mt = *(MethodTable**)Wasm.AddressOf(exception);
            string type = (string)Wasm.ObjectAt(mt->Name);
            string message = MessageOf(exception) ?? "Exception of type '" + type + "' was thrown.";
            Fail(type, message);
        }

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_message")]
        private static extern ref string MessageOf(Exception exception);

        private static void Fail(string type, string message)
        {
            fixed (char* t = type)
            fixed (char* m = message)
                Host.Fail(t, type.Length, m, message.Length);
        }
    }
}
