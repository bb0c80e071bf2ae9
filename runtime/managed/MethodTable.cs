// The MethodTable as compiled code lays it out (native/compiler/src/abi.rs, module method_table, is the
// definition; a test checks that this mirror agrees with it field by field).

using System.Runtime.InteropServices;

namespace WasmR2R.Runtime
{
    [StructLayout(LayoutKind.Sequential)]
    internal unsafe struct MethodTable
    {
        public uint Flags;
        public uint BaseSize;
        public uint ComponentSize;
        public MethodTable* Parent;
        public MethodTable* ElementType;
        public uint Rank;
        public uint InterfaceCount;
        public InterfaceEntry* Interfaces;
        public uint VTableCount;
        public uint* GCDesc;
        public void* Name;
        public void* RuntimeType;
        public uint GenericDefinition;
        public uint* GenericArguments;
        public uint NullableValueOffset;
        public uint ItableCount;
        public InterfaceEntry* Itable;
        public uint* FieldMap;
        public uint TypeAttributes;
        public ReflectionRecord* Reflection;

        /// <summary>TypeAttributes' bits of the TypeAttributes word; the top 8 are the assembly (abi.rs,
        /// ASSEMBLY_SHIFT).</summary>
        public const uint TypeAttributesMask = 0x00FFFFFF;
        public const int AssemblyShift = 24;

        /// <summary>Where the vtable starts, right after the fields above.</summary>
        public const int VTableOffset = 80;

        // Field kinds in a FieldMap (abi.rs, method_table::field_kind).
        public const uint FieldBits1 = 1;
        public const uint FieldBits2 = 2;
        public const uint FieldBits4 = 4;
        public const uint FieldBits8 = 8;
        public const uint FieldFloat32 = 9;
        public const uint FieldFloat64 = 10;
        public const uint FieldReference = 11;
        public const uint FieldStruct = 12;

        public const uint KindMask = 0xF;
        public const uint KindClass = 1;
        public const uint KindValueType = 2;
        public const uint KindInterface = 3;
        public const uint KindSzArray = 4;
        public const uint KindArray = 5;
        public const uint KindString = 6;
        public const uint KindNullable = 7;
        public const uint KindEnum = 8;
        public const uint KindPrimitive = 9;
        public const uint KindPointer = 10;
        public const uint KindByRef = 11;
        public const uint KindFnPointer = 12;
        public const uint KindVoid = 13;
        public const uint KindGenericParameter = 14;
        public const uint ContainsRefs = 0x10;
        public const uint Abstract = 0x20;
        public const uint HasFinalizer = 0x40;
        public const uint HasVariance = 0x80;
        public const uint ReferenceElements = 0x100;
        public const uint ValueTypeElements = 0x200;
        public const uint OpenGenericDefinition = 0x400;
        public const uint MethodGenericParameter = 0x800;
        public const uint ByRefLike = 0x1000;
        public const int PrimitiveShift = 16;

        public const uint VarianceNone = 0;
        public const uint VarianceCovariant = 1;
        public const uint VarianceContravariant = 2;

        public static uint Kind(MethodTable* mt) => mt->Flags & KindMask;

        /// <summary>The function-table indices of the vtable (class slots, then interface slots).</summary>
        public static uint* VTable(MethodTable* mt) => (uint*)((byte*)mt + VTableOffset);

        /// <summary>Whether values of the type are object references.</summary>
        public static bool IsReferenceType(MethodTable* mt)
        {
            uint kind = Kind(mt);
            return kind == KindClass || kind == KindInterface || kind == KindSzArray || kind == KindArray
                || kind == KindString;
        }

        /// <summary>Whether values of the type are unmanaged pointers (data or function): no object, no box.</summary>
        public static bool IsUnmanagedPointer(MethodTable* mt)
        {
            uint kind = Kind(mt);
            return kind == KindPointer || kind == KindFnPointer;
        }

        /// <summary>The primitive element type code of a primitive or enum (0 for anything else).</summary>
        public static uint PrimitiveCode(MethodTable* mt)
        {
            uint kind = Kind(mt);
            return kind == KindPrimitive || kind == KindEnum ? (mt->Flags >> PrimitiveShift) & 0xFF : 0;
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    internal unsafe struct InterfaceEntry
    {
        public MethodTable* Interface;
        /// <summary>Index in the vtable of the interface's first method.</summary>
        public uint FirstSlot;
    }

    /// <summary>What a MethodTable's Reflection word points at (abi.rs, method_table::reflection): AttributeCount
    /// attribute MethodTables, then LiteralCount enum members.</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal unsafe struct ReflectionRecord
    {
        public uint Flags;
        public uint AttributeCount;
        public uint LiteralCount;
        public MethodTable* DeclaringType;
        public MethodTable* SzArray;
        public MethodTable* GenericTypeDefinition;

        /// <summary>Flags: an attribute class that is not inherited (reflection::NOT_INHERITED).</summary>
        public const uint NotInherited = 1;

        public static MethodTable** Attributes(ReflectionRecord* record) => (MethodTable**)(record + 1);

        public static EnumLiteral* Literals(ReflectionRecord* record) =>
            (EnumLiteral*)(Attributes(record) + record->AttributeCount);
    }

    [StructLayout(LayoutKind.Sequential)]
    internal unsafe struct EnumLiteral
    {
        /// <summary>The value, zero-extended to 64 bits (two words: the record is 4-byte aligned).</summary>
        public uint Low;
        public uint High;
        /// <summary>The member's name, a string literal.</summary>
        public void* Name;

        public ulong Value => (ulong)High << 32 | Low;
    }
}
