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

        /// <summary>The image's table of static blocks holding references: count, then {address, size} each.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern uint* GcRoots();

        /// <summary>The vtable slot of System.Object.Finalize (the runtime calls finalizers through it).</summary>
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern uint FinalizeSlot();

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

        /// <summary>`length` random bytes at `buffer`.</summary>
        [System.Runtime.InteropServices.DllImport("wasmr2r", EntryPoint = "random")]
        public static extern void Random(byte* buffer, int length);
    }

    /// <summary>Marks a method as the runtime's implementation of a CoreLib internal call.</summary>
    [System.AttributeUsage(System.AttributeTargets.Method, AllowMultiple = true)]
    internal sealed class ImplementsAttribute : System.Attribute
    {
        public ImplementsAttribute(string type, string method)
        {
            Type = type;
            Method = method;
        }

        public string Type { get; }
        public string Method { get; }
    }
}
