// What Mono's runtime does for delegates that CoreLib's IL does not: allocating a delegate like another (for
// Combine and Remove), and equality. Mono's Delegate.Equals and GetHashCode compare the MethodInfos of the targets,
// which needs reflection; these compare what a delegate calls instead (docs/abi.md, "Delegates and function
// pointers"): the same type, target, function-table index and invoke shape.

using System;
using System.Runtime.CompilerServices;

namespace WasmR2R.Runtime
{
    internal static unsafe class Delegates
    {
        [Implements("System.Delegate", "AllocDelegateLike_internal")]
        public static MulticastDelegate AllocDelegateLike(Delegate like) =>
            Unsafe.As<MulticastDelegate>(Allocator.AllocObject(*(MethodTable**)Wasm.AddressOf(like)));

        [Replaces("System.Delegate", "Equals")]
        public static bool DelegateEquals(Delegate self, object other)
        {
            if (other == null || *(MethodTable**)Wasm.AddressOf(other) != *(MethodTable**)Wasm.AddressOf(self))
                return false;
            Delegate that = Unsafe.As<Delegate>(other);
            return TargetOf(self) == TargetOf(that) && FunctionOf(self) == FunctionOf(that)
                && ShapeOf(self) == ShapeOf(that);
        }

        [Replaces("System.Delegate", "GetHashCode")]
        public static int DelegateHashCode(Delegate self) =>
            (int)*(uint*)Wasm.AddressOf(self) * 31 + (int)FunctionOf(self);

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_target")]
        private static extern ref object TargetOf(Delegate d);

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "method_ptr")]
        private static extern ref IntPtr FunctionOf(Delegate d);

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "invoke_impl")]
        private static extern ref IntPtr ShapeOf(Delegate d);
    }
}
