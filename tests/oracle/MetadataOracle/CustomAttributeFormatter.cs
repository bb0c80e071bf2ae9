// Custom attribute values as text, as FACTS.md "Custom attributes" defines them.

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Reflection.Metadata;
using System.Text;

namespace MetadataOracle;

internal enum CaTypeKind
{
    /// <summary>A primitive (including System.String and System.Object).</summary>
    Primitive,
    /// <summary>System.Type as the blob names it (0x50).</summary>
    SystemType,
    /// <summary>A TypeDef or TypeRef from the constructor's signature (full name).</summary>
    Named,
    /// <summary>A serialized type name from the blob (0x55 enum type, or a System.Type value).</summary>
    Serialized,
    /// <summary>A single-dimensional, zero-based array.</summary>
    SZArray,
}

/// <summary>A type as the custom attribute decoder sees it.</summary>
internal sealed class CaType
{
    private static readonly CaType?[] s_primitives = new CaType?[0x20];

    private CaType(CaTypeKind kind, string name, PrimitiveTypeCode code = default, CaType? element = null)
    {
        Kind = kind;
        Name = name;
        Code = code;
        Element = element;
    }

    public CaTypeKind Kind { get; }

    /// <summary>The type's name: a full name, a serialized name as stored, or a primitive's name.</summary>
    public string Name { get; }

    public PrimitiveTypeCode Code { get; }

    public CaType? Element { get; }

    /// <summary>Set once the decoder has asked for this type's enum underlying type (and got one).</summary>
    public PrimitiveTypeCode? EnumUnderlying { get; set; }

    public static readonly CaType SystemTypeInstance = new(CaTypeKind.SystemType, "System.Type");

    public static CaType Primitive(PrimitiveTypeCode code)
    {
        int i = (int)code;
        if ((uint)i >= (uint)s_primitives.Length)
        {
            throw new BadImageFormatException($"unexpected primitive type code 0x{i:x2}");
        }

        return s_primitives[i] ??= new CaType(CaTypeKind.Primitive, SignatureFormatter.PrimitiveName(code), code);
    }

    public static CaType Named(string fullName) => new(CaTypeKind.Named, fullName);

    public static CaType Serialized(string name) => new(CaTypeKind.Serialized, name);

    public static CaType SZArray(CaType? element)
        => new(CaTypeKind.SZArray, (element?.Name ?? "?") + "[]", element: element);

    /// <summary>True exactly for System.Type: the blob's 0x50, or a TypeDef/TypeRef whose full name is System.Type.</summary>
    public bool IsSystemType => Kind == CaTypeKind.SystemType || (Kind == CaTypeKind.Named && Name == "System.Type");
}

/// <summary>The decoded text of one custom attribute value.</summary>
internal sealed class CaValue
{
    public CaValue(List<string> fixedArgs, List<(string Kind, string? Name, string Value)> namedArgs)
    {
        Fixed = fixedArgs;
        Named = namedArgs;
    }

    public List<string> Fixed { get; }

    public List<(string Kind, string? Name, string Value)> Named { get; }
}

/// <summary>An <see cref="ICustomAttributeTypeProvider{TType}"/> for one metadata reader, plus the arg formatting.</summary>
internal sealed class CustomAttributeFormatter : ICustomAttributeTypeProvider<CaType?>
{
    private readonly MetadataReader _reader;
    private readonly TypeNames _names;
    private readonly EnumResolver _enums;

    public CustomAttributeFormatter(TypeNames names, EnumResolver enums)
    {
        _names = names;
        _reader = names.Reader;
        _enums = enums;
    }

    /// <summary>
    /// Decodes one custom attribute. Throws <see cref="BadImageFormatException"/> or
    /// <see cref="EnumNotResolvedException"/> when the value cannot be decoded.
    /// </summary>
    public CaValue Decode(CustomAttribute ca)
    {
        CustomAttributeValue<CaType?> value = ca.DecodeValue(this);
        var fixedArgs = new List<string>(value.FixedArguments.Length);
        foreach (CustomAttributeTypedArgument<CaType?> arg in value.FixedArguments)
        {
            fixedArgs.Add(FormatArg(arg));
        }

        var namedArgs = new List<(string, string?, string)>(value.NamedArguments.Length);
        foreach (CustomAttributeNamedArgument<CaType?> arg in value.NamedArguments)
        {
            string kind = arg.Kind switch
            {
                CustomAttributeNamedArgumentKind.Field => "field",
                CustomAttributeNamedArgumentKind.Property => "property",
                _ => throw new BadImageFormatException($"named argument kind 0x{(int)arg.Kind:x2}"),
            };
            namedArgs.Add((kind, arg.Name, FormatValue(arg.Type, arg.Value)));
        }

        return new CaValue(fixedArgs, namedArgs);
    }

    // ---- arg text ---------------------------------------------------------------------------

    private static string FormatArg(CustomAttributeTypedArgument<CaType?> arg) => FormatValue(arg.Type, arg.Value);

    private static string FormatValue(CaType? type, object? value)
    {
        if (type == null)
        {
            throw new BadImageFormatException("custom attribute argument without a type");
        }

        if (type.EnumUnderlying is PrimitiveTypeCode underlying)
        {
            return "enum(" + type.Name + "):" + FormatPrimitive(underlying, value);
        }

        if (type.IsSystemType)
        {
            return value switch
            {
                null => "type:null",
                CaType t => "type:" + t.Name,
                _ => throw new BadImageFormatException("System.Type argument with a non-type value"),
            };
        }

        switch (type.Kind)
        {
            case CaTypeKind.Primitive:
                return FormatPrimitive(type.Code, value);

            case CaTypeKind.SZArray:
                if (value == null)
                {
                    return "array:null";
                }

                var elements = (ImmutableArray<CustomAttributeTypedArgument<CaType?>>)value;
                var sb = new StringBuilder("array:[");
                for (int i = 0; i < elements.Length; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(',');
                    }

                    sb.Append(FormatArg(elements[i]));
                }

                return sb.Append(']').ToString();

            default:
                throw new BadImageFormatException($"custom attribute argument of unexpected type {type.Name}");
        }
    }

    private static string FormatPrimitive(PrimitiveTypeCode code, object? value)
    {
        IFormatProvider inv = CultureInfo.InvariantCulture;
        return code switch
        {
            PrimitiveTypeCode.Boolean => (bool)value! ? "bool:true" : "bool:false",
            PrimitiveTypeCode.Char => "char:" + ((int)(char)value!).ToString(inv),
            PrimitiveTypeCode.SByte => "i1:" + ((sbyte)value!).ToString(inv),
            PrimitiveTypeCode.Byte => "u1:" + ((byte)value!).ToString(inv),
            PrimitiveTypeCode.Int16 => "i2:" + ((short)value!).ToString(inv),
            PrimitiveTypeCode.UInt16 => "u2:" + ((ushort)value!).ToString(inv),
            PrimitiveTypeCode.Int32 => "i4:" + ((int)value!).ToString(inv),
            PrimitiveTypeCode.UInt32 => "u4:" + ((uint)value!).ToString(inv),
            PrimitiveTypeCode.Int64 => "i8:" + ((long)value!).ToString(inv),
            PrimitiveTypeCode.UInt64 => "u8:" + ((ulong)value!).ToString(inv),
            PrimitiveTypeCode.Single => "r4:" + BitConverter.SingleToUInt32Bits((float)value!).ToString("x8", inv),
            PrimitiveTypeCode.Double => "r8:" + BitConverter.DoubleToUInt64Bits((double)value!).ToString("x16", inv),
            PrimitiveTypeCode.String => value == null ? "string:null" : "string:" + (string)value,
            _ => throw new BadImageFormatException($"custom attribute value of type code 0x{(int)code:x2}"),
        };
    }

    // ---- ICustomAttributeTypeProvider -----------------------------------------------------

    public CaType? GetPrimitiveType(PrimitiveTypeCode typeCode) => CaType.Primitive(typeCode);

    public CaType? GetSystemType() => CaType.SystemTypeInstance;

    public CaType? GetSZArrayType(CaType? elementType) => CaType.SZArray(elementType);

    public CaType? GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind)
        => CaType.Named(_names.Of(handle));

    public CaType? GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind)
        => CaType.Named(_names.Of(handle));

    // SRM passes null here for a null serialized name (0xFF); a null System.Type value prints "type:null".
    public CaType? GetTypeFromSerializedName(string name) => name == null ? null : CaType.Serialized(name);

    public PrimitiveTypeCode GetUnderlyingEnumType(CaType? type)
    {
        if (type == null)
        {
            return _enums.Resolve(null, serialized: true);
        }

        PrimitiveTypeCode code = type.Kind switch
        {
            CaTypeKind.Named => _enums.Resolve(type.Name, serialized: false),
            CaTypeKind.Serialized => _enums.Resolve(type.Name, serialized: true),
            _ => throw new BadImageFormatException($"{type.Name} is not an enum"),
        };
        type.EnumUnderlying = code;
        return code;
    }

    public bool IsSystemType(CaType? type) => type != null && type.IsSystemType;
}
