// What the runtime needs that C# cannot say: Wasm instructions and a few facts only the compiler knows. Each
// method here is a compiler intrinsic (native/compiler/src/import/intrinsics.rs); their bodies are never used.

using System.Runtime.CompilerServices;

namespace WasmR2R.Runtime
{
    internal static unsafe class Wasm
    {
        /// <summary>memory.size: pages of linear memory.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int MemorySize();

        /// <summary>memory.grow: the previous size in pages, or -1.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int MemoryGrow(int pages);

        /// <summary>throw of the image's exception tag: unwinds to the nearest handler (the entry's, for now).</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void Throw(object exception);

        /// <summary>An object's address.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void* AddressOf(object o);

        /// <summary>The object at an address.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern object ObjectAt(void* address);

        /// <summary>The end of the image's data in memory: the heap starts after it.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern byte* ImageEnd();

        /// <summary>The calling function's shadow-stack pointer: the collector's scan of the stack starts here.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern byte* StackPointer();

        /// <summary>The top of the shadow stack (the `stackPointer` global the loader sets).</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern byte* StackTop();

        /// <summary>Sets where the card table is (a Wasm global): compiled code's write barrier marks cards there.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void SetCardTable(byte* table);

        /// <summary>The image's table of static blocks holding references: count, then {address, size} each.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern uint* GcRoots();

        /// <summary>The image's string literals: count, then each one's address.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern uint* StringLiterals();

        /// <summary>The assemblies' display names: count, then each one's string address (MethodTable.AssemblyOf
        /// indexes it).</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern uint* AssemblyNames();

        /// <summary>The vtable slot of System.Object.Finalize (the runtime calls finalizers through it).</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern uint FinalizeSlot();

        /// <summary>The vtable slot of System.Object.ToString (the unhandled-exception report calls it when the
        /// program's image has the exception's ToString).</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern uint ToStringSlot();

        /// <summary>The vtable slot of System.Exception.Message's getter (the short unhandled-exception report reads
        /// an overridden Message through it when the image has it).</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern uint MessageSlot();

        /// <summary>memory.copy.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void CopyBlock(void* destination, void* source, uint length);

        /// <summary>memory.fill.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void FillBlock(void* destination, byte value, uint length);

        /// <summary>The MethodTable of T (instances of T are created by the caller).</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern MethodTable* MethodTableOf<T>();

        /// <summary>The MethodTable of CoreLib's System.RuntimeType, which C# cannot name here.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern MethodTable* RuntimeTypeMethodTable();

        /// <summary>The MethodTable of `RuntimeType[]` (CoreLib's internal type objects' array type).</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern MethodTable* RuntimeTypeArrayMethodTable();

        /// <summary>The offset in a RuntimeType object of its type handle's value (Type._impl).</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int RuntimeTypeHandleOffset();
    }

    /// <summary>What the host (the JS loader) provides, imported from module "wasmr2r".</summary>
    internal static unsafe class Host
    {
        /// <summary>An unhandled exception: its type name and message as UTF-16; never returns.</summary>
        [System.Runtime.InteropServices.DllImport("wasmr2r", EntryPoint = "fail")]
        public static extern void Fail(char* type, int typeLength, char* message, int messageLength);

        /// <summary>The collector's mode the loader was asked for: 1 collect at every allocation, 2 verify the heap
        /// after each collection.</summary>
        [System.Runtime.InteropServices.DllImport("wasmr2r", EntryPoint = "gcMode")]
        public static extern int GcMode();

        /// <summary>Ends the process with an error the runtime found (heap corruption under verification).</summary>
        public static void Fail(string what)
        {
            fixed (char* w = what)
            fixed (char* t = "WasmR2R.HeapVerificationFailure")
                Fail(t, 31, w, what.Length);
        }

        /// <summary>The host's monotonic clock, in milliseconds with a fraction (`performance.now()`).</summary>
        [System.Runtime.InteropServices.DllImport("wasmr2r", EntryPoint = "now")]
        public static extern double Now();

        /// <summary>The time of day: milliseconds since the Unix epoch, with a fraction.</summary>
        [System.Runtime.InteropServices.DllImport("wasmr2r", EntryPoint = "wallClock")]
        public static extern double WallClock();

        /// <summary>Captures the call stack of a throw whose handler is the method whose pass-one function is at
        /// table index `stopSlot` (-1: no handler), following capture `previous` (a rethrow; 0: none); returns the
        /// capture's id (never 0).</summary>
        [System.Runtime.InteropServices.DllImport("wasmr2r", EntryPoint = "captureTrace")]
        public static extern int CaptureTrace(int stopSlot, int previous);

        /// <summary>The length in UTF-16 code units of capture `id`'s text, or -1 when the host no longer keeps it.</summary>
        [System.Runtime.InteropServices.DllImport("wasmr2r", EntryPoint = "traceLength")]
        public static extern int TraceLength(int id);

        /// <summary>Writes capture `id`'s text (TraceLength code units) at `chars`.</summary>
        [System.Runtime.InteropServices.DllImport("wasmr2r", EntryPoint = "traceCopy")]
        public static extern void TraceCopy(int id, char* chars);

        /// <summary>How many arguments the program was started with.</summary>
        [System.Runtime.InteropServices.DllImport("wasmr2r", EntryPoint = "argumentCount")]
        public static extern int ArgumentCount();

        /// <summary>The length in UTF-16 code units of argument `index`.</summary>
        [System.Runtime.InteropServices.DllImport("wasmr2r", EntryPoint = "argumentLength")]
        public static extern int ArgumentLength(int index);

        /// <summary>Writes argument `index` (ArgumentLength code units) at `chars`.</summary>
        [System.Runtime.InteropServices.DllImport("wasmr2r", EntryPoint = "argumentCopy")]
        public static extern void ArgumentCopy(int index, char* chars);

        /// <summary>Ends the process with `code` at once (Environment.Exit): no managed code runs after it, finally
        /// blocks included; never returns.</summary>
        [System.Runtime.InteropServices.DllImport("wasmr2r", EntryPoint = "exit")]
        public static extern void Exit(int code);

        /// <summary>An unhandled exception's report (its ToString(), UTF-16): the host prints it after "Unhandled
        /// exception. " and ends the process; never returns.</summary>
        [System.Runtime.InteropServices.DllImport("wasmr2r", EntryPoint = "unhandled")]
        public static extern void Unhandled(char* text, int length);

        /// <summary>`length` random bytes at `buffer`.</summary>
        [System.Runtime.InteropServices.DllImport("wasmr2r", EntryPoint = "random")]
        public static extern void Random(byte* buffer, int length);

        /// <summary>`length` bytes of UTF-8 text at `data` to standard output (1) or standard error (2).</summary>
        [System.Runtime.InteropServices.DllImport("wasmr2r", EntryPoint = "write")]
        public static extern void Write(int stream, byte* data, int length);
    }

    /// <summary>What the three attributes below name: a CoreLib type (or native library) and a member of it. The
    /// compiler reads the constructor's two strings (native/compiler/src/runtime.rs).</summary>
    internal abstract class CoreLibMemberAttribute : System.Attribute
    {
        protected CoreLibMemberAttribute(string type, string method)
        {
            Type = type;
            Method = method;
        }

        public string Type { get; }
        public string Method { get; }
    }

    /// <summary>Marks a method as the runtime's replacement for a CoreLib method that has IL the runtime cannot run as
    /// written (it asks reflection what MethodTables already say). Only methods with IL are replaced, and only
    /// by a [Replaces] method: an [Implements] method stands for internal calls and P/Invokes alone.</summary>
    [System.AttributeUsage(System.AttributeTargets.Method, AllowMultiple = true)]
    internal sealed class ReplacesAttribute(string type, string method) : CoreLibMemberAttribute(type, method);

    /// <summary>Marks a bodyless (extern) static method as the runtime's declaration of a CoreLib method it calls that
    /// CoreLib keeps internal (so the reference assemblies the runtime is built against do not have it): calls to
    /// it are calls to CoreLib's `Type::Method` with as many parameters.</summary>
    [System.AttributeUsage(System.AttributeTargets.Method)]
    internal sealed class CallsAttribute(string type, string method) : CoreLibMemberAttribute(type, method);

    /// <summary>Marks a method as the runtime's implementation of a CoreLib internal call or a framework P/Invoke
    /// (the library name and entry point).</summary>
    [System.AttributeUsage(System.AttributeTargets.Method, AllowMultiple = true)]
    internal sealed class ImplementsAttribute(string type, string method) : CoreLibMemberAttribute(type, method);
}
