// Enum lookup for custom attribute decoding, as FACTS.md "Enums" defines it.

using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace MetadataOracle;

/// <summary>The enum could not be resolved; the custom attribute's value becomes <c>{"error":true}</c>.</summary>
internal sealed class EnumNotResolvedException : Exception
{
    public EnumNotResolvedException(string reason, string detail) : base(reason + ": " + detail)
    {
        Reason = reason;
    }

    /// <summary>A short, fixed category (used to count errors by reason).</summary>
    public string Reason { get; }
}

/// <summary>What an enum TypeDef says about its underlying type.</summary>
internal readonly record struct EnumEntry(PrimitiveTypeCode? Underlying, string? FailureReason, string? FailureDetail);

/// <summary>
/// The enum set of a run: for every assembly of the run (in input order), the enum TypeDefs
/// (TypeDefs whose base type's full name is <c>System.Enum</c>) by full name, first one in row order
/// winning. Only enums are kept: FACTS.md asks for "the first TypeDef found whose base type is
/// System.Enum", so a non-enum TypeDef of the same name never stops the search.
/// </summary>
internal sealed class EnumIndex
{
    private readonly Dictionary<string, EnumEntry>?[] _perInput;

    private EnumIndex(Dictionary<string, EnumEntry>?[] perInput) => _perInput = perInput;

    public int Count => _perInput.Length;

    public static EnumIndex Build(IReadOnlyList<string> files)
    {
        var perInput = new Dictionary<string, EnumEntry>?[files.Count];
        for (int i = 0; i < files.Count; i++)
        {
            try
            {
                using var stream = new FileStream(files[i], FileMode.Open, FileAccess.Read, FileShare.Read);
                using var pe = new PEReader(stream);
                if (!pe.HasMetadata)
                {
                    continue;
                }

                MetadataReader md = pe.GetMetadataReader(MetadataReaderOptions.None);
                perInput[i] = IndexAssembly(md);
            }
            catch (Exception)
            {
                // Not a readable assembly: not part of the enum set. The facts pass reports it.
            }
        }

        return new EnumIndex(perInput);
    }

    /// <summary>Index one assembly's enums. Exposed so that a reader can be indexed on its own.</summary>
    public static Dictionary<string, EnumEntry> IndexAssembly(MetadataReader md)
    {
        var names = new TypeNames(md);
        var enums = new Dictionary<string, EnumEntry>(StringComparer.Ordinal);
        foreach (TypeDefinitionHandle h in md.TypeDefinitions)
        {
            string fullName;
            TypeDefinition td;
            try
            {
                td = md.GetTypeDefinition(h);
                if (names.OfDefOrRef(td.BaseType) != "System.Enum")
                {
                    continue;
                }

                fullName = names.Of(h);
            }
            catch (BadImageFormatException)
            {
                continue;
            }

            if (enums.ContainsKey(fullName))
            {
                continue;
            }

            enums.Add(fullName, Underlying(md, td));
        }

        return enums;
    }

    private static EnumEntry Underlying(MetadataReader md, TypeDefinition td)
    {
        try
        {
            foreach (FieldDefinitionHandle fh in td.GetFields())
            {
                FieldDefinition fd = md.GetFieldDefinition(fh);
                if ((fd.Attributes & System.Reflection.FieldAttributes.Static) != 0)
                {
                    continue;
                }

                BlobReader br = md.GetBlobReader(fd.Signature);
                SignatureHeader header = br.ReadSignatureHeader();
                if (header.Kind != SignatureKind.Field)
                {
                    return new EnumEntry(null, "enum field signature is not a field signature", $"header 0x{header.RawValue:x2}");
                }

                int code = br.ReadCompressedInteger();
                // Custom modifiers on the value field do not change its type.
                while (code == (int)SignatureTypeCode.RequiredModifier || code == (int)SignatureTypeCode.OptionalModifier)
                {
                    br.ReadTypeHandle();
                    code = br.ReadCompressedInteger();
                }

                return code switch
                {
                    >= (int)PrimitiveTypeCode.Boolean and <= (int)PrimitiveTypeCode.String => new EnumEntry((PrimitiveTypeCode)code, null, null),
                    (int)PrimitiveTypeCode.IntPtr or (int)PrimitiveTypeCode.UIntPtr => new EnumEntry((PrimitiveTypeCode)code, null, null),
                    _ => new EnumEntry(null, "enum underlying type is not primitive", $"element type 0x{code:x2}"),
                };
            }

            return new EnumEntry(null, "enum has no instance field", "");
        }
        catch (BadImageFormatException e)
        {
            return new EnumEntry(null, "enum field signature unreadable", e.Message);
        }
    }

    public Dictionary<string, EnumEntry>? this[int input] => _perInput[input];
}

/// <summary>Resolves enums for the custom attributes of one assembly of the run.</summary>
internal sealed class EnumResolver
{
    private readonly EnumIndex _index;
    private readonly int _self;
    private readonly Dictionary<string, EnumEntry> _selfEnums;

    /// <param name="index">The run's enum set.</param>
    /// <param name="self">The position of the assembly being read in the run.</param>
    /// <param name="selfEnums">The enums of the assembly being read.</param>
    public EnumResolver(EnumIndex index, int self, Dictionary<string, EnumEntry> selfEnums)
    {
        _index = index;
        _self = self;
        _selfEnums = selfEnums;
    }

    /// <summary>
    /// The underlying type of the enum called <paramref name="name"/>: a full name when it comes from
    /// the constructor's signature, a serialized type name when it comes from the blob.
    /// </summary>
    public PrimitiveTypeCode Resolve(string? name, bool serialized)
    {
        if (name == null)
        {
            throw new EnumNotResolvedException("enum not found", "null serialized enum name");
        }

        string key = serialized ? LookupName(name) : name;
        if (Find(key) is EnumEntry e)
        {
            if (e.Underlying is PrimitiveTypeCode code)
            {
                return code;
            }

            throw new EnumNotResolvedException(e.FailureReason!, key + " " + e.FailureDetail);
        }

        throw new EnumNotResolvedException("enum not found", key);
    }

    private EnumEntry? Find(string key)
    {
        if (_selfEnums.TryGetValue(key, out EnumEntry e))
        {
            return e;
        }

        for (int i = 0; i < _index.Count; i++)
        {
            if (i != _self && _index[i] is { } enums && enums.TryGetValue(key, out e))
            {
                return e;
            }
        }

        return null;
    }

    /// <summary>The part of a serialized type name before the first ',' that is not inside [...].</summary>
    public static string LookupName(string serializedName)
    {
        int depth = 0;
        for (int i = 0; i < serializedName.Length; i++)
        {
            switch (serializedName[i])
            {
                case '[':
                    depth++;
                    break;
                case ']':
                    if (depth > 0)
                    {
                        depth--;
                    }

                    break;
                case ',':
                    if (depth == 0)
                    {
                        return serializedName.Substring(0, i);
                    }

                    break;
            }
        }

        return serializedName;
    }
}
