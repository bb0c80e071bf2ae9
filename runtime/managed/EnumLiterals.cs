// An enum's members, from the table the compiler writes into its MethodTable (abi.rs, method_table::REFLECTION):
// what Enum.ToString, GetName(s), GetValues, IsDefined and Parse are built on.

namespace WasmR2R.Runtime
{
    internal static unsafe class EnumLiterals
    {
        /// <summary>
        /// Enum.GetEnumValuesAndNames(QCallTypeHandle, out ulong[] values, out string[] names): the members sorted by
        /// value as an unsigned number, members of equal value in declaration order, as CoreCLR and Mono give them.
        /// </summary>
        [Implements("System.Enum", "GetEnumValuesAndNames")]
        public static void GetEnumValuesAndNames(void** type, ref ulong[] values, ref string[] names)
        {
            ReflectionRecord* record = ((MethodTable*)type[1])->Reflection;
            int count = record == null ? 0 : (int)record->LiteralCount;
            ulong[] sortedValues = new ulong[count];
            string[] sortedNames = new string[count];
            EnumLiteral* literals = count == 0 ? null : ReflectionRecord.Literals(record);
            // Insertion sort: stable, and enums are short and usually declared in order already.
            for (int i = 0; i < count; i++)
            {
                ulong value = literals[i].Value;
                string name = (string)Wasm.ObjectAt(literals[i].Name);
                int at = i;
                while (at > 0 && sortedValues[at - 1] > value)
                {
                    sortedValues[at] = sortedValues[at - 1];
                    sortedNames[at] = sortedNames[at - 1];
                    at--;
                }
                sortedValues[at] = value;
                sortedNames[at] = name;
            }
            values = sortedValues;
            names = sortedNames;
        }
    }
}
