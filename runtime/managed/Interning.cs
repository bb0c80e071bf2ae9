// string.Intern and IsInterned. Literals are interned (ECMA-335 III.4.16: ldstr of equal text gives the same
// object), and the image holds each distinct literal once, so the table starts with the image's literals (the
// compiler's string literal table) the first time it is asked, and grows with what Intern adds. An open-addressing
// set of strings (linear probing, at most half full).

namespace WasmR2R.Runtime
{
    internal static unsafe class Interning
    {
        private static string[] s_slots;
        private static int s_count;

        private static string[] Table()
        {
            if (s_slots == null)
            {
                uint* literals = Wasm.StringLiterals();
                int capacity = 64;
                while (capacity < 2 * (int)literals[0] + 2)
                    capacity *= 2;
                s_slots = new string[capacity];
                for (uint i = 0; i < literals[0]; i++)
                    Add((string)Wasm.ObjectAt((void*)literals[1 + i]));
            }
            return s_slots;
        }

        /// <summary>The slot holding a string equal to `text`, or the empty slot where it would go.</summary>
        private static int Find(string[] slots, string text)
        {
            int mask = slots.Length - 1;
            int i = text.GetHashCode() & mask;
            while (slots[i] != null && !string.Equals(slots[i], text))
                i = (i + 1) & mask;
            return i;
        }

        private static string Add(string text)
        {
            int i = Find(s_slots, text);
            if (s_slots[i] != null)
                return s_slots[i];
            s_slots[i] = text;
            if (++s_count * 2 > s_slots.Length)
            {
                string[] old = s_slots;
                s_slots = new string[2 * old.Length];
                foreach (string s in old)
                {
                    if (s != null)
                        s_slots[Find(s_slots, s)] = s;
                }
            }
            return text;
        }

        /// <summary>String.InternalIntern: the interned string equal to `text`, adding `text` if there is none.</summary>
        [Implements("System.String", "InternalIntern")]
        public static string Intern(string text)
        {
            Table();
            return Add(text);
        }

        /// <summary>String.InternalIsInterned: the interned string equal to `text`, or null.</summary>
        [Implements("System.String", "InternalIsInterned")]
        public static string IsInterned(string text)
        {
            string[] slots = Table();
            return slots[Find(slots, text)];
        }
    }
}
