// Lists what each compiled test program takes from outside itself: every type reference and every member reference
// whose owner is a referenced (BCL) type, with its signature. check-coreclr.sh compares the list with bcl-allowed.txt,
// so a construct that Roslyn lowers to a call into the BCL (Activator, spans, SwitchExpressionException...) shows up.
// Usage: dotnet BclRefs.dll <program.dll>...   prints "<program>\t<entry>" lines, one per distinct entry.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Text;

sealed class Names : ISignatureTypeProvider<string, object>
{
    readonly MetadataReader _r;
    public Names(MetadataReader r) { _r = r; }

    public string Type(EntityHandle h)
    {
        switch (h.Kind)
        {
            case HandleKind.TypeDefinition: return GetTypeFromDefinition(_r, (TypeDefinitionHandle)h, 0);
            case HandleKind.TypeReference: return GetTypeFromReference(_r, (TypeReferenceHandle)h, 0);
            default: return GetTypeFromSpecification(_r, null, (TypeSpecificationHandle)h, 0);
        }
    }

    public string GetArrayType(string e, ArrayShape s) => e + "[" + new string(',', s.Rank - 1) + "]";
    public string GetByReferenceType(string e) => e + "&";
    public string GetFunctionPointerType(MethodSignature<string> s) => "fnptr";
    public string GetGenericInstantiation(string g, ImmutableArray<string> a) => g + "<" + string.Join(",", a) + ">";
    public string GetGenericMethodParameter(object c, int i) => "!!" + i;
    public string GetGenericTypeParameter(object c, int i) => "!" + i;
    public string GetModifiedType(string m, string u, bool req) => u + (req ? " modreq(" : " modopt(") + m + ")";
    public string GetPinnedType(string e) => e + " pinned";
    public string GetPointerType(string e) => e + "*";
    public string GetPrimitiveType(PrimitiveTypeCode t) => "System." + t;
    public string GetSZArrayType(string e) => e + "[]";
    public string GetTypeFromDefinition(MetadataReader r, TypeDefinitionHandle h, byte k)
    {
        var d = r.GetTypeDefinition(h);
        string ns = r.GetString(d.Namespace);
        return (ns.Length > 0 ? ns + "." : "") + r.GetString(d.Name);
    }
    public string GetTypeFromReference(MetadataReader r, TypeReferenceHandle h, byte k)
    {
        var t = r.GetTypeReference(h);
        string name = r.GetString(t.Name);
        if (t.ResolutionScope.Kind == HandleKind.TypeReference)
            return GetTypeFromReference(r, (TypeReferenceHandle)t.ResolutionScope, 0) + "/" + name;
        string ns = r.GetString(t.Namespace);
        return (ns.Length > 0 ? ns + "." : "") + name;
    }
    public string GetTypeFromSpecification(MetadataReader r, object c, TypeSpecificationHandle h, byte k)
        => r.GetTypeSpecification(h).DecodeSignature(this, null);
}

static class Program
{
    // The type reference at the root of a member's owner, or null when the owner is the program's own type or an array.
    static string ExternalOwner(MetadataReader r, EntityHandle parent)
    {
        if (parent.Kind == HandleKind.TypeReference)
            return new Names(r).GetTypeFromReference(r, (TypeReferenceHandle)parent, 0);
        if (parent.Kind != HandleKind.TypeSpecification) return null;
        var blob = r.GetBlobReader(r.GetTypeSpecification((TypeSpecificationHandle)parent).Signature);
        if (blob.ReadSignatureTypeCode() != SignatureTypeCode.GenericTypeInstance) return null;
        blob.ReadSignatureTypeCode(); // class or valuetype
        var generic = blob.ReadTypeHandle();
        return generic.Kind == HandleKind.TypeReference ? new Names(r).GetTypeFromReference(r, (TypeReferenceHandle)generic, 0) : null;
    }

    static int Main(string[] args)
    {
        foreach (string path in args)
        {
            string program = Path.GetFileNameWithoutExtension(path);
            using var stream = File.OpenRead(path);
            using var pe = new PEReader(stream);
            var r = pe.GetMetadataReader();
            var names = new Names(r);
            var entries = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var h in r.TypeReferences)
                entries.Add("T " + names.GetTypeFromReference(r, h, 0));
            foreach (var h in r.MemberReferences)
            {
                var m = r.GetMemberReference(h);
                // The owner as its generic definition (System.Nullable`1, not System.Nullable`1<System.Int32>).
                string owner = ExternalOwner(r, m.Parent);
                if (owner == null) continue;
                string name = r.GetString(m.Name);
                if (m.GetKind() == MemberReferenceKind.Method)
                {
                    var sig = m.DecodeMethodSignature(names, null);
                    entries.Add("M " + sig.ReturnType + " " + owner + "::" + name + "(" + string.Join(",", sig.ParameterTypes) + ")");
                }
                else
                    entries.Add("F " + m.DecodeFieldSignature(names, null) + " " + owner + "::" + name);
            }
            for (int row = 1; row <= r.GetTableRowCount(TableIndex.MethodSpec); row++)
            {
                var s = r.GetMethodSpecification(MetadataTokens.MethodSpecificationHandle(row));
                if (s.Method.Kind != HandleKind.MemberReference) continue;
                var m = r.GetMemberReference((MemberReferenceHandle)s.Method);
                string owner = ExternalOwner(r, m.Parent);
                if (owner == null) continue;
                entries.Add("G " + owner + "::" + r.GetString(m.Name) + "<" + s.DecodeSignature(names, null).Length + ">");
            }
            var sb = new StringBuilder();
            foreach (string e in entries) sb.Append(program).Append('\t').Append(e).Append('\n');
            Console.Out.Write(sb.ToString());
        }
        return 0;
    }
}
