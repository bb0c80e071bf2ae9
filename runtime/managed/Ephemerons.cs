// Ephemerons (Mono's: DependentHandle and ConditionalWeakTable keep {Key, Value} pairs in Ephemeron[] arrays they
// register): a value is alive while its key is, whatever else refers to the key; a value never keeps its own key
// alive. The collector does not trace a registered array's elements; after the rest of marking, it marks the value
// of every entry whose key is marked, until nothing changes (a value may make another key alive), then replaces the
// dead keys with the tombstone object and drops their values. An array that died leaves the registry.

namespace WasmR2R.Runtime
{
    internal static unsafe class Ephemerons
    {
        /// <summary>An entry of an Ephemeron[]: Key, then Value (declaration order).</summary>
        private const uint EntrySize = 8;

        private static AddressList s_arrays;
        /// <summary>The MethodTable of Ephemeron[]: the arrays whose elements marking leaves to this class.</summary>
        public static MethodTable* ArrayType;
        private static object s_tombstone;

        [Implements("System.GC", "get_ephemeron_tombstone")]
        public static object Tombstone()
        {
            if (s_tombstone == null)
                s_tombstone = new object();
            return s_tombstone;
        }

        [Implements("System.GC", "register_ephemeron_array")]
        public static void Register(object array)
        {
            ArrayType = *(MethodTable**)Wasm.AddressOf(array);
            s_arrays.Add((uint)Wasm.AddressOf(array));
        }

        /// <summary>Marks the values of live keys in the live registered arrays; true when it marked any (the
        /// caller drains the mark stack and asks again).</summary>
        public static bool MarkValuesOfLiveKeys(delegate*<uint, void> mark)
        {
            bool marked = false;
            uint tombstone = (uint)Wasm.AddressOf(s_tombstone);
            for (uint a = 0; a < s_arrays.Count; a++)
            {
                byte* array = (byte*)s_arrays.Items[a];
                if (!Heap.IsMarked(array))
                    continue;
                uint length = *(uint*)(array + 12);
                for (uint i = 0; i < length; i++)
                {
                    uint* entry = (uint*)(array + 16 + i * EntrySize);
                    uint key = entry[0], value = entry[1];
                    if (key == 0 || key == tombstone || value == 0 || !Heap.Survives(key) || Heap.Survives(value))
                        continue;
                    mark(value);
                    marked = true;
                }
            }
            return marked;
        }

        /// <summary>After marking: tombstones the dead keys (dropping their values), drops dead values of entries
        /// without a key, and forgets dead arrays.</summary>
        public static void ClearDead()
        {
            uint tombstone = (uint)Wasm.AddressOf(s_tombstone);
            uint kept = 0;
            for (uint a = 0; a < s_arrays.Count; a++)
            {
                byte* array = (byte*)s_arrays.Items[a];
                if (!Heap.IsMarked(array))
                    continue;
                s_arrays.Items[kept++] = (uint)array;
                uint length = *(uint*)(array + 12);
                for (uint i = 0; i < length; i++)
                {
                    uint* entry = (uint*)(array + 16 + i * EntrySize);
                    if (entry[0] != 0 && entry[0] != tombstone && !Heap.Survives(entry[0]))
                    {
                        entry[0] = tombstone;
                        entry[1] = 0;
                    }
                    else if ((entry[0] == 0 || entry[0] == tombstone) && entry[1] != 0 && !Heap.Survives(entry[1]))
                    {
                        // A value without a key (ConditionalWeakTable's Remove nulls the key only) was not kept
                        // alive by the entry: forget it rather than leave its address to a freed cell.
                        entry[1] = 0;
                    }
                }
            }
            s_arrays.Count = kept;
        }
    }
}
