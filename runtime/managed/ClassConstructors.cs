// The slow path of a class constructor trigger (docs/abi.md, "Statics and class constructors"). Compiled code
// reads the type's flag byte and comes here unless it is 1 (started). A constructor that throws leaves its type
// failed, as CoreCLR does (ECMA-335 II.10.5.3.3): this access and every later one raise a
// TypeInitializationException naming the type, with the constructor's exception as the inner one.

using System;
using System.Runtime.CompilerServices;

namespace WasmR2R.Runtime
{
    internal static unsafe class ClassConstructors
    {
        private const byte NotRun = 0, Started = 1, Failed = 2;

        /// <summary>The types whose constructor threw (by flag address), and what it threw.</summary>
        private static byte*[] s_failedFlags;
        private static Exception[] s_failures;
        private static int s_failedCount;

        public static void Run(byte* flag, delegate*<void> cctor, MethodTable* type)
        {
            if (*flag == Failed)
                ExceptionDispatch.Raise(Wrap(type, FailureOf(flag)));
            if (*flag != NotRun)
                return;
            // Set before running, so that a constructor reaching its own type (or a cycle) sees it started.
            *flag = Started;
            try
            {
                cctor();
            }
            catch (Exception e)
            {
                *flag = Failed;
                Remember(flag, e);
                ExceptionDispatch.Raise(Wrap(type, e));
            }
        }

        private static void Remember(byte* flag, Exception e)
        {
            if (s_failedFlags == null || s_failedCount == s_failedFlags.Length)
            {
                byte*[] flags = new byte*[s_failedCount * 2 + 4];
                Exception[] failures = new Exception[flags.Length];
                for (int i = 0; i < s_failedCount; i++)
                {
                    flags[i] = s_failedFlags[i];
                    failures[i] = s_failures[i];
                }
                s_failedFlags = flags;
                s_failures = failures;
            }
            s_failedFlags[s_failedCount] = flag;
            s_failures[s_failedCount] = e;
            s_failedCount++;
        }

        private static Exception FailureOf(byte* flag)
        {
            for (int i = 0; i < s_failedCount; i++)
            {
                if (s_failedFlags[i] == flag)
                    return s_failures[i];
            }
            return null;
        }

        /// <summary>
        /// A TypeInitializationException made field by field: its public constructor formats the message through
        /// SR.Format, which reaches string formatting of arbitrary objects; the text is CoreCLR's.
        /// </summary>
        private static TypeInitializationException Wrap(MethodTable* type, Exception inner)
        {
            string name = (string)Wasm.ObjectAt(type->Name);
            var wrapper = Unsafe.As<TypeInitializationException>(
                Allocator.AllocObject(Wasm.MethodTableOf<TypeInitializationException>()));
            TypeName(wrapper) = name;
            Message(wrapper) = "The type initializer for '" + name + "' threw an exception.";
            InnerException(wrapper) = inner;
            HResult(wrapper) = unchecked((int)0x80131534); // COR_E_TYPEINITIALIZATION
            return wrapper;
        }

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_typeName")]
        private static extern ref string TypeName(TypeInitializationException e);

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_message")]
        private static extern ref string Message(Exception e);

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_innerException")]
        private static extern ref Exception InnerException(Exception e);

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_HResult")]
        private static extern ref int HResult(Exception e);
    }
}
