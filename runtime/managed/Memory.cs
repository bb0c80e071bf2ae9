// CoreLib's internal calls for moving memory: memory.copy does both (Wasm copies overlapping ranges correctly).
// BulkMoveWithWriteBarrier moves references and marks their cards (the collector's write barrier).

namespace WasmR2R.Runtime
{
    internal static unsafe class Memory
    {
        [Implements("System.Buffer", "MemmoveInternal")]
        public static void Memmove(byte* destination, byte* source, nuint length) =>
            Wasm.CopyBlock(destination, source, (uint)length);

        [Implements("System.Buffer", "ZeroMemoryInternal")]
        public static void ZeroMemory(byte* destination, nuint length) =>
            Wasm.FillBlock(destination, 0, (uint)length);

        /// <summary>Buffer.BulkMoveWithWriteBarrier(ref byte, ref byte, nuint count, IntPtr type): Memmove&lt;T&gt; of
        /// `count` elements of a type that holds references (`type` is T's handle): a reference is a word, a struct
        /// its value's size (the boxed size less the header).</summary>
        [Implements("System.Buffer", "BulkMoveWithWriteBarrier")]
        public static void BulkMoveWithWriteBarrier(ref byte destination, ref byte source, nuint count, System.IntPtr type)
        {
            MethodTable* mt = (MethodTable*)type;
            uint size = MethodTable.IsReferenceType(mt) ? (uint)sizeof(void*) : mt->BaseSize - 8;
            fixed (byte* d = &destination)
            fixed (byte* s = &source)
            {
                Wasm.CopyBlock(d, s, (uint)count * size);
                Heap.MarkCards(d, (uint)count * size);
            }
        }
    }
}
