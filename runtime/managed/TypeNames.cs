// The names of types, for Mono's RuntimeType internal calls (Type.Name, ToString, FullName). A MethodTable's name
// is the type's name as Type.ToString() gives it ("System.Collections.Generic.List`1[System.Int32]",
// "Outer+Inner", "System.Int32[,]"), so ToString is that string and Name is cut out of it.

namespace WasmR2R.Runtime
{
    internal static unsafe class TypeNames
    {
        /// <summary>RuntimeType.GetName(QCallTypeHandle type, ObjectHandleOnStack result): Type.Name.</summary>
        [Implements("System.RuntimeType", "GetName")]
        public static void GetName(void** type, void*** result) =>
            **result = Wasm.AddressOf(NameOf(ToStringOf(type)));

        /// <summary>
        /// RuntimeType.getFullName(QCallTypeHandle type, ObjectHandleOnStack result, bool fullName, bool
        /// assemblyQualified): ToString (both false) and FullName of a type that is not a generic instantiation.
        /// A generic instantiation's FullName and any assembly-qualified name name assemblies, which the image does
        /// not record per type: those stay null.
        /// </summary>
        [Implements("System.RuntimeType", "getFullName")]
        public static void GetFullName(void** type, void*** result, bool fullName, bool assemblyQualified)
        {
            string name = ToStringOf(type);
            if (assemblyQualified || (fullName && HasTypeArguments(name)))
                name = null;
            **result = Wasm.AddressOf(name);
        }

        /// <summary>The name of the type a QCallTypeHandle {pointer, handle} holds: its MethodTable's.</summary>
        private static string ToStringOf(void** type)
        {
            MethodTable* mt = (MethodTable*)type[1];
            return (string)Wasm.ObjectAt(mt->Name);
        }

        /// <summary>
        /// Type.Name from the ToString form: the last segment (after '.' or '+') of the name before its type
        /// arguments, then its array, pointer and byref decorations ("List`1", "Inner", "Int32[]").
        /// </summary>
        private static string NameOf(string full)
        {
            int elementEnd = -1;
            int decorations = full.Length;
            for (int i = 0; i < full.Length; i++)
            {
                char c = full[i];
                if (c == '[' && i + 1 < full.Length && full[i + 1] != ']' && full[i + 1] != '*' && full[i + 1] != ',')
                {
                    // Type arguments: skip to the matching bracket.
                    if (elementEnd < 0)
                        elementEnd = i;
                    int depth = 0;
                    for (; i < full.Length; i++)
                    {
                        if (full[i] == '[')
                            depth++;
                        else if (full[i] == ']' && --depth == 0)
                            break;
                    }
                    continue;
                }
                if (c == '[' || c == '*' || c == '&')
                {
                    if (elementEnd < 0)
                        elementEnd = i;
                    decorations = i;
                    break;
                }
            }
            if (elementEnd < 0)
                elementEnd = full.Length;
            int start = 0;
            for (int i = 0; i < elementEnd; i++)
                if (full[i] == '.' || full[i] == '+')
                    start = i + 1;
            return full.Substring(start, elementEnd - start) + full.Substring(decorations);
        }

        private static bool HasTypeArguments(string full)
        {
            for (int i = 0; i + 1 < full.Length; i++)
                if (full[i] == '[' && full[i + 1] != ']' && full[i + 1] != '*' && full[i + 1] != ',')
                    return true;
            return false;
        }
    }
}
