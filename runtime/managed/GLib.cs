// The C-string and array helpers of Mono's runtime (glib's g_free, UTF-8 marshalling) that CoreLib calls directly:
// Mono.SafeStringMarshal hands type and member names to reflection's internal calls as NUL-terminated UTF-8, and
// Mono.SafeGPtrArrayHandle frees the arrays those calls return. Both live in the C heap (NativeHeap).

using System.Runtime.InteropServices;

namespace WasmR2R.Runtime
{
    internal static unsafe class GLib
    {
        /// <summary>SafeStringMarshal.StringToUtf8_icall(ref string): a NUL-terminated UTF-8 copy (null for null),
        /// freed with GFree.</summary>
        [Implements("Mono.SafeStringMarshal", "StringToUtf8_icall")]
        public static byte* StringToUtf8(ref string text)
        {
            if (text == null)
                return null;
            int length = System.Text.Encoding.UTF8.GetByteCount(text);
            byte* bytes = NativeHeap.Malloc((nuint)length + 1);
            if (bytes == null)
                ThrowHelpers.Fail("System.OutOfMemoryException", "Insufficient memory to marshal a string.");
            fixed (char* chars = text)
                System.Text.Encoding.UTF8.GetBytes(chars, text.Length, bytes, length);
            bytes[length] = 0;
            return bytes;
        }

        /// <summary>SafeStringMarshal.GFree(IntPtr): g_free.</summary>
        [Implements("Mono.SafeStringMarshal", "GFree")]
        public static void GFree(byte* data) => NativeHeap.Free(data);

        /// <summary>A glib GPtrArray: {void** pdata; uint len}.</summary>
        [StructLayout(LayoutKind.Sequential)]
        private struct GPtrArray
        {
            public void** Data;
            public uint Length;
        }

        /// <summary>A GPtrArray of `count` pointers in the C heap, freed by GPtrArrayFree.</summary>
        public static void* NewPtrArray(int count, out void** data)
        {
            GPtrArray* array = (GPtrArray*)NativeHeap.Calloc(1, (nuint)sizeof(GPtrArray));
            data = (void**)NativeHeap.Calloc((nuint)(count == 0 ? 1 : count), (nuint)sizeof(void*));
            if (array == null || data == null)
                ThrowHelpers.Fail("System.OutOfMemoryException", "Insufficient memory for a runtime array.");
            array->Data = data;
            array->Length = (uint)count;
            return array;
        }

        /// <summary>RuntimeGPtrArrayHandle.GPtrArrayFree(GPtrArray*): g_ptr_array_free(array, TRUE), the elements'
        /// block and the array.</summary>
        [Implements("Mono.RuntimeGPtrArrayHandle", "GPtrArrayFree")]
        public static void GPtrArrayFree(void* array)
        {
            if (array == null)
                return;
            NativeHeap.Free((byte*)((GPtrArray*)array)->Data);
            NativeHeap.Free((byte*)array);
        }
    }
}
