// Full type names as FACTS.md "Full names" defines them, cached per metadata reader.

using System;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace MetadataOracle;

internal sealed class TypeNames
{
    // A nesting chain longer than this is taken to be a cycle in malformed metadata.
    private const int MaxNestingDepth = 1000;

    private readonly MetadataReader _reader;
    private readonly string?[] _defs;
    private readonly string?[] _refs;
    private readonly string?[] _exported;

    public TypeNames(MetadataReader reader)
    {
        _reader = reader;
        _defs = new string?[reader.GetTableRowCount(TableIndex.TypeDef) + 1];
        _refs = new string?[reader.GetTableRowCount(TableIndex.TypeRef) + 1];
        _exported = new string?[reader.GetTableRowCount(TableIndex.ExportedType) + 1];
    }

    public MetadataReader Reader => _reader;

    public string Of(TypeDefinitionHandle handle) => Def(handle, 0);

    public string Of(TypeReferenceHandle handle) => Ref(handle, 0);

    public string Of(ExportedTypeHandle handle) => Exported(handle, 0);

    /// <summary>The full name of a TypeDef or TypeRef; null for any other kind of handle (or a nil one).</summary>
    public string? OfDefOrRef(EntityHandle handle)
    {
        if (MetadataTokens.GetRowNumber(handle) == 0)
        {
            return null;
        }

        return handle.Kind switch
        {
            HandleKind.TypeDefinition => Of((TypeDefinitionHandle)handle),
            HandleKind.TypeReference => Of((TypeReferenceHandle)handle),
            _ => null,
        };
    }

    private string Def(TypeDefinitionHandle handle, int depth)
    {
        int row = MetadataTokens.GetRowNumber(handle);
        if ((uint)row < (uint)_defs.Length && _defs[row] is string cached)
        {
            return cached;
        }

        CheckDepth(depth);
        TypeDefinition def = _reader.GetTypeDefinition(handle);
        TypeDefinitionHandle outer = def.GetDeclaringType();
        string name = outer.IsNil
            ? Join(def.Namespace, def.Name)
            : Def(outer, depth + 1) + "+" + _reader.GetString(def.Name);
        if ((uint)row < (uint)_defs.Length)
        {
            _defs[row] = name;
        }

        return name;
    }

    private string Ref(TypeReferenceHandle handle, int depth)
    {
        int row = MetadataTokens.GetRowNumber(handle);
        if ((uint)row < (uint)_refs.Length && _refs[row] is string cached)
        {
            return cached;
        }

        CheckDepth(depth);
        TypeReference tr = _reader.GetTypeReference(handle);
        EntityHandle scope = tr.ResolutionScope;
        string name = scope.Kind == HandleKind.TypeReference && MetadataTokens.GetRowNumber(scope) != 0
            ? Ref((TypeReferenceHandle)scope, depth + 1) + "+" + _reader.GetString(tr.Name)
            : Join(tr.Namespace, tr.Name);
        if ((uint)row < (uint)_refs.Length)
        {
            _refs[row] = name;
        }

        return name;
    }

    private string Exported(ExportedTypeHandle handle, int depth)
    {
        int row = MetadataTokens.GetRowNumber(handle);
        if ((uint)row < (uint)_exported.Length && _exported[row] is string cached)
        {
            return cached;
        }

        CheckDepth(depth);
        ExportedType et = _reader.GetExportedType(handle);
        EntityHandle impl = et.Implementation;
        string name = impl.Kind == HandleKind.ExportedType && MetadataTokens.GetRowNumber(impl) != 0
            ? Exported((ExportedTypeHandle)impl, depth + 1) + "+" + _reader.GetString(et.Name)
            : Join(et.Namespace, et.Name);
        if ((uint)row < (uint)_exported.Length)
        {
            _exported[row] = name;
        }

        return name;
    }

    private string Join(StringHandle ns, StringHandle name)
    {
        string n = _reader.GetString(name);
        if (ns.IsNil)
        {
            return n;
        }

        string nsText = _reader.GetString(ns);
        return nsText.Length == 0 ? n : nsText + "." + n;
    }

    private static void CheckDepth(int depth)
    {
        if (depth > MaxNestingDepth)
        {
            throw new BadImageFormatException("type nesting too deep (cycle in NestedClass / ResolutionScope / Implementation?)");
        }
    }
}
