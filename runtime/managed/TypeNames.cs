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
        /// assemblyQualified): ToString (both false), FullName, or AssemblyQualifiedName. A generic instantiation's
        /// FullName names each type argument with its assembly ("List`1[[System.Int32, System.Private.CoreLib, ...]]");
        /// one with a generic parameter among its arguments, and a generic parameter, have none (null), as on CoreCLR.
        /// </summary>
        [Implements("System.RuntimeType", "getFullName")]
        public static void GetFullName(void** type, void*** result, bool fullName, bool assemblyQualified)
        {
            MethodTable* mt = (MethodTable*)type[1];
            string name = fullName || assemblyQualified ? FullNameOf(mt) : NameString(mt);
            if (assemblyQualified && name != null)
            {
                string assembly = AssemblyOf(mt);
                name = assembly == null ? null : name + ", " + assembly;
            }
            **result = Wasm.AddressOf(name);
        }

        private static string NameString(MethodTable* mt) => (string)Wasm.ObjectAt(mt->Name);

        private static string FullNameOf(MethodTable* mt)
        {
            string own = NameString(mt);
            switch (MethodTable.Kind(mt))
            {
                case MethodTable.KindSzArray:
                case MethodTable.KindArray:
                case MethodTable.KindPointer:
                case MethodTable.KindByRef:
                {
                    // The element's full name, then this type's decorations ("[]", "[,]", "*", "&").
                    string element = FullNameOf(mt->ElementType);
                    int decorations = NameString(mt->ElementType).Length;
                    return element == null || decorations > own.Length ? null : element + own.Substring(decorations);
                }
                case MethodTable.KindGenericParameter:
                    return null;
            }
            if ((mt->Flags & MethodTable.OpenGenericDefinition) != 0)
                return own.Substring(0, TypeArgumentsStart(own));
            if (mt->GenericDefinition == 0 || MethodTable.Kind(mt) == MethodTable.KindFnPointer)
                return own;
            uint* arguments = mt->GenericArguments;
            var text = new System.Text.StringBuilder(own, 0, TypeArgumentsStart(own), own.Length + 64);
            text.Append('[');
            for (int i = 0; i < (int)arguments[0]; i++)
            {
                MethodTable* argument = (MethodTable*)arguments[1 + 2 * i];
                string argumentName = FullNameOf(argument);
                string assembly = AssemblyOf(argument);
                if (argumentName == null || assembly == null)
                    return null;
                if (i > 0)
                    text.Append(',');
                text.Append('[').Append(argumentName).Append(", ").Append(assembly).Append(']');
            }
            return text.Append(']').ToString();
        }

        /// <summary>The display name of the assembly that defines `mt` (an array's, pointer's or byref's element's),
        /// from the image's assembly name table; null when the image does not say.</summary>
        private static string AssemblyOf(MethodTable* mt)
        {
            while (mt->ElementType != null && MethodTable.Kind(mt) is MethodTable.KindSzArray or MethodTable.KindArray
                       or MethodTable.KindPointer or MethodTable.KindByRef)
                mt = mt->ElementType;
            uint index = mt->TypeAttributes >> MethodTable.AssemblyShift;
            uint* names = Wasm.AssemblyNames();
            if (index == 0 || index > names[0] || names[index] == 0)
                return null;
            return (string)Wasm.ObjectAt((void*)names[index]);
        }

        /// <summary>Where the type arguments of a ToString-form name start ("List`1[System.Int32]" → 7), or its
        /// length when it has none.</summary>
        private static int TypeArgumentsStart(string full)
        {
            for (int i = 0; i + 1 < full.Length; i++)
                if (full[i] == '[' && full[i + 1] != ']' && full[i + 1] != '*' && full[i + 1] != ',')
                    return i;
            return full.Length;
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
    }
}
