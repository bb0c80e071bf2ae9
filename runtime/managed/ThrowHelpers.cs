// The exceptions compiled code raises itself (native/compiler/src/runtime.rs, Helper::throw, names which helper
// each check calls; Helper::new_exception the one that only makes the exception, for a check whose own method
// catches it, native/compiler/src/checkcatch.rs; never inlined, so that the check's failing path stays a call),
// and the `throw` opcode. Each is a real exception object, raised through ExceptionDispatch.Raise: the first pass
// finds the handler (or, with none, ReportUnhandled has the host print it as CoreCLR does and the process ends),
// then the image's exception tag carries it there (docs/abi.md).

using System;
using System.Runtime.CompilerServices;

namespace WasmR2R.Runtime
{
    internal static unsafe class ThrowHelpers
    {
        public static void ThrowOverflow() => ExceptionDispatch.Raise(NewOverflow());

        [MethodImpl(MethodImplOptions.NoInlining)]
        public static OverflowException NewOverflow() =>
            new OverflowException("Arithmetic operation resulted in an overflow.");

        public static void ThrowDivideByZero() => ExceptionDispatch.Raise(NewDivideByZero());

        [MethodImpl(MethodImplOptions.NoInlining)]
        public static DivideByZeroException NewDivideByZero() =>
            new DivideByZeroException("Attempted to divide by zero.");

        public static void ThrowArithmetic() => ExceptionDispatch.Raise(NewArithmetic());

        [MethodImpl(MethodImplOptions.NoInlining)]
        public static ArithmeticException NewArithmetic() =>
            new ArithmeticException("Overflow or underflow in the arithmetic operation.");

        public static void ThrowNullReference() => ExceptionDispatch.Raise(NewNullReference());

        [MethodImpl(MethodImplOptions.NoInlining)]
        public static NullReferenceException NewNullReference() =>
            new NullReferenceException("Object reference not set to an instance of an object.");

        public static void ThrowIndexOutOfRange() => ExceptionDispatch.Raise(NewIndexOutOfRange());

        [MethodImpl(MethodImplOptions.NoInlining)]
        public static IndexOutOfRangeException NewIndexOutOfRange() =>
            new IndexOutOfRangeException("Index was outside the bounds of the array.");

        public static void ThrowInvalidCast() => ExceptionDispatch.Raise(NewInvalidCast());

        [MethodImpl(MethodImplOptions.NoInlining)]
        public static InvalidCastException NewInvalidCast() => new InvalidCastException("Specified cast is not valid.");

        /// <summary>A cast or unbox of an object of type `from` to `to` that does not hold, with CoreCLR's message.</summary>
        public static void ThrowInvalidCast(MethodTable* from, MethodTable* to) =>
            ExceptionDispatch.Raise(new InvalidCastException("Unable to cast object of type '"
                + (string)Wasm.ObjectAt(from->Name) + "' to type '" + (string)Wasm.ObjectAt(to->Name) + "'."));

        public static void ThrowArrayTypeMismatch() => ExceptionDispatch.Raise(NewArrayTypeMismatch());

        [MethodImpl(MethodImplOptions.NoInlining)]
        public static ArrayTypeMismatchException NewArrayTypeMismatch() =>
            new ArrayTypeMismatchException("Attempted to access an element as a type incompatible with the array.");

        public static void ThrowStackOverflow() => ExceptionDispatch.Raise(NewStackOverflow());

        [MethodImpl(MethodImplOptions.NoInlining)]
        public static StackOverflowException NewStackOverflow() =>
            new StackOverflowException("The shadow stack is exhausted (stackalloc beyond its room).");

        /// <summary>Out of memory: reported straight to the host, since making the exception object would allocate.</summary>
        public static void ThrowOutOfMemory() =>
            Fail("System.OutOfMemoryException", "Insufficient memory to continue the execution of the program.");

        /// <summary>A method that was called through a slot nothing compiled (a compiler bug, never a user error).</summary>
        public static void ThrowMissingMethod() =>
            ExceptionDispatch.Raise(new MissingMethodException("A virtual or interface method was called that was not compiled."));

        /// <summary>The `throw` opcode: throws `exception` (NullReferenceException when it is null).</summary>
        public static void Throw(Exception exception)
        {
            if (exception == null)
                ThrowNullReference();
            ExceptionDispatch.Raise(exception);
        }

        /// <summary>The `rethrow` opcode: throws the caught exception again, its stack trace extended from the
        /// rethrowing method to the next handler's (a `throw e` starts the trace afresh instead).</summary>
        public static void Rethrow(Exception exception) => ExceptionDispatch.Raise(exception, rethrow: true);

        /// <summary>
        /// An exception nothing caught: reported with its ToString() (message, inner exceptions, stack trace), as
        /// CoreCLR reports it, when the image has the exception's ToString — its vtable slot is filled only while
        /// some code calls Object.ToString virtually, and compiling it into every image for this report would add
        /// Exception.ToString's closure (formatting, resources, stack traces) to programs that never print one.
        /// Without it, or when ToString itself throws: its type name and Message (the override when its slot is
        /// compiled, else the message it was made with), which the host follows with the engine's frames.
        /// </summary>
        public static void ReportUnhandled(object exception)
        {
            MethodTable* mt = *(MethodTable**)Wasm.AddressOf(exception);
            uint toString = MethodTable.VTable(mt)[Wasm.ToStringSlot()];
            if (toString != 0 && exception is Exception thrown && !s_reporting)
            {
                s_reporting = true;
                string text = null;
                try
                {
                    text = ((delegate*<object, string>)toString)(exception);
                }
                catch (Exception)
                {
                }
                if (text != null)
                {
                    fixed (char* t = text)
                        Host.Unhandled(t, text.Length);
                }
            }
            string type = (string)Wasm.ObjectAt(mt->Name);
            string message = null;
            if (exception is Exception e)
            {
                // An overridden Message (ArgumentException's adds the parameter name) when its slot was compiled.
                uint getMessage = MethodTable.VTable(mt)[Wasm.MessageSlot()];
                message = getMessage != 0 && !s_reporting ? MessageThrough(getMessage, e) : MessageOf(e);
            }
            message ??= "Exception of type '" + type + "' was thrown.";
            Fail(type, message);
        }

        private static string MessageThrough(uint getMessage, Exception exception)
        {
            s_reporting = true;
            try
            {
                return ((delegate*<object, string>)getMessage)(exception);
            }
            catch (Exception)
            {
                return MessageOf(exception);
            }
        }

        /// <summary>A report is being made: an exception its ToString lets escape is not reported through it again.</summary>
        private static bool s_reporting;

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_message")]
        private static extern ref string MessageOf(Exception exception);

        /// <summary>Ends the process with `type: message` on stderr, as an unhandled exception does, without making
        /// an exception object (out of memory, a corrupted native heap).</summary>
        public static void Fail(string type, string message)
        {
            fixed (char* t = type)
            fixed (char* m = message)
                Host.Fail(t, type.Length, m, message.Length);
        }
    }
}
