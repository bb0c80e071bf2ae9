// Custom attributes, as far as MethodTables list them: the attribute types of a type's TypeDef, and of an
// attribute class whether it is inherited (abi.rs, method_table::reflection). That answers Type.IsDefined — Enum
// asks it for [Flags] before formatting — without reading metadata at run time. Attribute objects
// (GetCustomAttributes) need their constructor arguments, which the image does not carry yet, and members (methods,
// fields, properties) have no MethodTable to list theirs; there is no way to obtain a MemberInfo in this runtime
// yet, and a provider other than a type is reported as not supported.

using System;
using System.Reflection;

namespace WasmR2R.Runtime
{
    internal static unsafe class CustomAttributes
    {
        private enum TypeAttributesFlags : uint
        {
            Import = 0x1000,
            Serializable = 0x2000,
        }

        /// <summary>
        /// CustomAttribute.IsDefined(provider, attributeType, inherit), which Type.IsDefined calls with a type object
        /// for `attributeType`: whether an attribute of that type, or of a type derived from it, is on the type —
        /// its custom attributes, and the pseudo-attributes its TypeAttributes stand for ([Serializable],
        /// [ComImport]) — or, with `inherit`, an inherited one on a base class, as CoreCLR answers.
        /// </summary>
        [Replaces("System.Reflection.CustomAttribute", "IsDefined")]
        public static bool IsDefined(ICustomAttributeProvider provider, Type attributeType, bool inherit)
        {
            MethodTable* type = TypeOf(provider);
            MethodTable* wanted = TypeOf(attributeType);
            if (HasAttribute(type, wanted, false) || HasPseudoAttribute(type, wanted))
                return true;
            if (inherit)
            {
                for (MethodTable* t = type->Parent; t != null; t = t->Parent)
                {
                    if (HasAttribute(t, wanted, true))
                        return true;
                }
            }
            return false;
        }

        /// <summary>CustomAttribute.IsDefinedInternal(provider, attributeType): an attribute of the type itself.</summary>
        [Implements("System.Reflection.CustomAttribute", "IsDefinedInternal")]
        public static bool IsDefinedInternal(ICustomAttributeProvider provider, Type attributeType) =>
            HasAttribute(TypeOf(provider), TypeOf(attributeType), false);

        /// <summary>The MethodTable a type object stands for; anything else is not something this runtime knows the
        /// attributes of.</summary>
        private static MethodTable* TypeOf(object provider)
        {
            if (provider == null || *(MethodTable**)Wasm.AddressOf(provider) != Wasm.RuntimeTypeMethodTable())
                ExceptionDispatch.Raise(new NotSupportedException(
                    "Custom attributes are known only for types in a WasmR2R image; this provider is not a type."));
            return TypeHandles.MethodTableOf(provider);
        }

        /// <summary>Whether `type`'s own attributes include one of type `wanted` or derived from it (only inherited
        /// ones when `inheritedOnly`).</summary>
        private static bool HasAttribute(MethodTable* type, MethodTable* wanted, bool inheritedOnly)
        {
            ReflectionRecord* record = type->Reflection;
            if (record == null)
                return false;
            MethodTable** attributes = ReflectionRecord.Attributes(record);
            for (uint i = 0; i < record->AttributeCount; i++)
            {
                MethodTable* attribute = attributes[i];
                if (inheritedOnly && attribute->Reflection != null
                    && (attribute->Reflection->Flags & ReflectionRecord.NotInherited) != 0)
                    continue;
                for (MethodTable* t = attribute; t != null; t = t->Parent)
                {
                    if (t == wanted)
                        return true;
                }
            }
            return false;
        }

        /// <summary>[Serializable] and [ComImport] are TypeAttributes bits, not attributes in metadata; they are
        /// found by their type or by a base of it (System.Attribute, System.Object).</summary>
        private static bool HasPseudoAttribute(MethodTable* type, MethodTable* wanted)
        {
            string name = (string)Wasm.ObjectAt(wanted->Name);
            bool any = name == "System.Attribute" || name == "System.Object";
            uint attributes = type->TypeAttributes;
            return ((attributes & (uint)TypeAttributesFlags.Serializable) != 0
                    && (any || name == "System.SerializableAttribute"))
                || ((attributes & (uint)TypeAttributesFlags.Import) != 0
                    && (any || name == "System.Runtime.InteropServices.ComImportAttribute"));
        }
    }
}
