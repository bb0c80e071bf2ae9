// The exceptions compiled code raises itself (native/compiler/src/runtime.rs, Helper::throw, names which helper
// each check calls), and the `throw` opcode. Each is a real exception object thrown with the image's exception tag
// (Wasm.Throw), so it unwinds the Wasm stack to the nearest method with a handler (docs/abi.md); what nothing
// catches reaches the entry function, which hands it to ReportUnhandled: the host prints it as CoreCLR does and
// the process ends.

using System;
using System.Runtime.CompilerServices;

namespace WasmR2R.Runtime
{
    internal static unsafe class ThrowHelpers
    {
        public static void ThrowOverflow() =>
            Wasm.Throw(new OverflowException("Arithmetic operation resulted in an overflow."));

        public static void ThrowDivideByZero() =>
            Wasm.Throw(new DivideByZeroException("Attempted to divide by zero."));

        public static void ThrowArithmetic() =>
            Wasm.Throw(new ArithmeticException("Overflow or underflow in the arithmetic operation."));

        public static void ThrowNullReference() =>
            Wasm.Throw(new NullReferenceException("Object reference not set to an instance of an object."));

        public static void ThrowIndexOutOfRange() =>
            Wasm.Throw(new IndexOutOfRangeException("Index was outside the bounds of the array."));

        public static void ThrowInvalidCast() =>
            Wasm.Throw(new InvalidCastException("Specified cast is not valid."));

        public static void ThrowArrayTypeMismatch() =>
            Wasm.Throw(new ArrayTypeMismatchException("Attempted to access an element as a type incompatible with the array."));

        public static void ThrowStackOverflow() =>
            Wasm.Throw(new StackOverflowException("The shadow stack is exhausted (stackalloc beyond its room)."));

        /// <summary>Out of memory: reported straight to the host, since making the exception object would allocate.</summary>
        public static void ThrowOutOfMemory() =>
            Fail("System.OutOfMemoryException", "Insufficient memory to continue the execution of the program.");

        /// <summary>A method that was called through a slot nothing compiled (a compiler bug, never a user error).</summary>
        public static void ThrowMissingMethod() =>
            Wasm.Throw(new MissingMethodException("A virtual or interface method was called that was not compiled."));

        /// <summary>The `throw` opcode: throws `exception` (NullReferenceException when it is null).</summary>
        public static void Throw(Exception exception)
        {
            if (exception == null)
                ThrowNullReference();
            Wasm.Throw(exception);
        }

        /// <summary>An exception nothing caught: its type name (from its MethodTable) and message to the host.</summary>
        public static void ReportUnhandled(object exception)
        {
            MethodTable* mt = *(MethodTable**)Wasm.AddressOf(exception);
            string type = (string)Wasm.ObjectAt(mt->Name);
            string message = (exception is Exception e ? MessageOf(e) : null) ?? "Exception of type '" + type + "' was thrown.";
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
