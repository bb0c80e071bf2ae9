// Signatures as text, as FACTS.md "Types in signatures" and "Method signatures" define them.

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Text;

namespace MetadataOracle;

/// <summary>
/// Decodes signature blobs into the FACTS.md text. The generic context is unused: type and method
/// generic parameters are printed by position (<c>!n</c> / <c>!!n</c>).
/// </summary>
internal sealed class SignatureFormatter : ISignatureTypeProvider<string, object?>
{
    private readonly MetadataReader _reader;
    private readonly TypeNames _names;
    // TypeSpecs being decoded right now (a TypeSpec may reach another through a custom modifier); guards cycles.
    private readonly HashSet<int> _typeSpecsInProgress = new();

    public SignatureFormatter(TypeNames names)
    {
        _names = names;
        _reader = names.Reader;
    }

    // ---- whole signatures -------------------------------------------------------------------

    /// <summary>The <c>type</c> of a Field signature blob.</summary>
    public string FieldSignature(BlobHandle blob)
    {
        BlobReader br = _reader.GetBlobReader(blob);
        return new SignatureDecoder<string, object?>(this, _reader, null).DecodeFieldSignature(ref br);
    }

    /// <summary>The <c>msig</c> of a method (or property-kind) signature blob.</summary>
    public string MethodSignature(BlobHandle blob)
    {
        BlobReader br = _reader.GetBlobReader(blob);
        return FormatMethod(new SignatureDecoder<string, object?>(this, _reader, null).DecodeMethodSignature(ref br));
    }

    /// <summary>The <c>psig</c> of a property signature blob.</summary>
    public string PropertySignature(BlobHandle blob)
    {
        BlobReader br = _reader.GetBlobReader(blob);
        MethodSignature<string> sig = new SignatureDecoder<string, object?>(this, _reader, null).DecodeMethodSignature(ref br);
        var sb = new StringBuilder();
        AppendHeader(sb, sig.Header);
        sb.Append(':').Append(sig.ReturnType).Append('(');
        AppendParameters(sb, sig);
        sb.Append(')');
        return sb.ToString();
    }

    /// <summary>A member reference's signature: the field's <c>type</c> for a FIELD header, else an <c>msig</c>.</summary>
    public string MemberRefSignature(BlobHandle blob)
    {
        BlobReader peek = _reader.GetBlobReader(blob);
        return peek.ReadSignatureHeader().Kind == SignatureKind.Field ? FieldSignature(blob) : MethodSignature(blob);
    }

    /// <summary>A stand-alone signature: <c>locals(...)</c> for LOCAL_SIG, else an <c>msig</c>.</summary>
    public string StandAloneSignature(BlobHandle blob)
    {
        BlobReader peek = _reader.GetBlobReader(blob);
        if (peek.ReadSignatureHeader().Kind == SignatureKind.LocalVariables)
        {
            BlobReader br = _reader.GetBlobReader(blob);
            ImmutableArray<string> locals = new SignatureDecoder<string, object?>(this, _reader, null).DecodeLocalSignature(ref br);
            return "locals(" + string.Join(",", locals) + ")";
        }

        return MethodSignature(blob);
    }

    public string TypeSpec(TypeSpecificationHandle handle) => GetTypeFromSpecification(_reader, null, handle, 0);

    public ImmutableArray<string> MethodSpecInstantiation(MethodSpecificationHandle handle)
        => _reader.GetMethodSpecification(handle).DecodeSignature(this, null);

    public static string FormatMethod(MethodSignature<string> sig)
    {
        var sb = new StringBuilder();
        AppendHeader(sb, sig.Header);
        sb.Append(':').Append(sig.GenericParameterCount.ToString(CultureInfo.InvariantCulture));
        sb.Append(':').Append(sig.ReturnType).Append('(');
        AppendParameters(sb, sig);
        sb.Append(')');
        return sb.ToString();
    }

    private static void AppendHeader(StringBuilder sb, SignatureHeader header)
        => sb.Append(header.RawValue.ToString("x2", CultureInfo.InvariantCulture));

    // A sentinel (vararg) shows as the item "..." in front of the first parameter after it.
    private static void AppendParameters(StringBuilder sb, MethodSignature<string> sig)
    {
        ImmutableArray<string> ps = sig.ParameterTypes;
        int sentinelAt = sig.RequiredParameterCount < ps.Length ? sig.RequiredParameterCount : -1;
        bool first = true;
        for (int i = 0; i < ps.Length; i++)
        {
            if (i == sentinelAt)
            {
                if (!first)
                {
                    sb.Append(',');
                }

                sb.Append("...");
                first = false;
            }

            if (!first)
            {
                sb.Append(',');
            }

            sb.Append(ps[i]);
            first = false;
        }
    }

    // ---- ISignatureTypeProvider ------------------------------------------------------------

    public string GetPrimitiveType(PrimitiveTypeCode typeCode) => PrimitiveName(typeCode);

    public static string PrimitiveName(PrimitiveTypeCode typeCode) => typeCode switch
    {
        PrimitiveTypeCode.Void => "System.Void",
        PrimitiveTypeCode.Boolean => "System.Boolean",
        PrimitiveTypeCode.Char => "System.Char",
        PrimitiveTypeCode.SByte => "System.SByte",
        PrimitiveTypeCode.Byte => "System.Byte",
        PrimitiveTypeCode.Int16 => "System.Int16",
        PrimitiveTypeCode.UInt16 => "System.UInt16",
        PrimitiveTypeCode.Int32 => "System.Int32",
        PrimitiveTypeCode.UInt32 => "System.UInt32",
        PrimitiveTypeCode.Int64 => "System.Int64",
        PrimitiveTypeCode.UInt64 => "System.UInt64",
        PrimitiveTypeCode.Single => "System.Single",
        PrimitiveTypeCode.Double => "System.Double",
        PrimitiveTypeCode.String => "System.String",
        PrimitiveTypeCode.IntPtr => "System.IntPtr",
        PrimitiveTypeCode.UIntPtr => "System.UIntPtr",
        PrimitiveTypeCode.Object => "System.Object",
        PrimitiveTypeCode.TypedReference => "System.TypedReference",
        _ => throw new BadImageFormatException($"unexpected primitive type code 0x{(int)typeCode:x2}"),
    };

    public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind)
        => _names.Of(handle);

    public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind)
        => _names.Of(handle);

    public string GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind)
    {
        int row = MetadataTokens.GetRowNumber(handle);
        if (!_typeSpecsInProgress.Add(row))
        {
            throw new BadImageFormatException($"TypeSpec 0x{MetadataTokens.GetToken(handle):x8} refers to itself");
        }

        try
        {
            return _reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);
        }
        finally
        {
            _typeSpecsInProgress.Remove(row);
        }
    }

    public string GetSZArrayType(string elementType) => elementType + "[]";

    public string GetArrayType(string elementType, ArrayShape shape)
    {
        if (shape.Rank < 1)
        {
            throw new BadImageFormatException($"array of rank {shape.Rank}");
        }

        return shape.Rank == 1 ? elementType + "[*]" : elementType + "[" + new string(',', shape.Rank - 1) + "]";
    }

    public string GetPointerType(string elementType) => elementType + "*";

    public string GetByReferenceType(string elementType) => elementType + "&";

    public string GetPinnedType(string elementType) => elementType + " pinned";

    public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments)
        => genericType + "<" + string.Join(",", typeArguments) + ">";

    public string GetGenericTypeParameter(object? genericContext, int index)
        => "!" + index.ToString(CultureInfo.InvariantCulture);

    public string GetGenericMethodParameter(object? genericContext, int index)
        => "!!" + index.ToString(CultureInfo.InvariantCulture);

    public string GetFunctionPointerType(MethodSignature<string> signature) => "method " + FormatMethod(signature);

    public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired)
        => unmodifiedType + (isRequired ? " modreq(" : " modopt(") + modifier + ")";
}
