// The `facts` command: one JSON object per input file, exactly as ../FACTS.md specifies.

using System;
using System.Buffers;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace MetadataOracle;

internal static class FactsCommand
{
    public static int Run(List<string> files)
    {
        // The enum set is every readable assembly of the run, indexed once up front.
        EnumIndex enumIndex = EnumIndex.Build(files);
        var stats = new CaErrorStats();

        var buffer = new ArrayBufferWriter<byte>(1 << 20);
        var options = Json.WriterOptions;
        using Stream stdout = Console.OpenStandardOutput();
        using var output = new BufferedStream(stdout, 1 << 16);
        int failed = 0;

        for (int i = 0; i < files.Count; i++)
        {
            string file = files[i];
            buffer.Clear();
            var fileStats = new CaErrorStats();
            try
            {
                using (var writer = new Utf8JsonWriter(buffer, options))
                {
                    FactsWriter.Write(writer, file, i, enumIndex, fileStats);
                }
            }
            catch (Exception e)
            {
                failed++;
                Console.Error.WriteLine($"{file}: not a readable .NET assembly: {e.GetType().Name}: {e.Message}");
                buffer.Clear();
                using var writer = new Utf8JsonWriter(buffer, options);
                writer.WriteStartObject();
                writer.WriteString("file", file);
                writer.WriteBoolean("error", true);
                writer.WriteEndObject();
                writer.Flush();
                fileStats = new CaErrorStats();
            }

            stats.Add(fileStats);
            output.Write(buffer.WrittenSpan);
            output.WriteByte((byte)'\n');
        }

        output.Flush();

        Console.Error.WriteLine($"facts: {files.Count} file(s), {failed} not readable; custom attributes: {stats.Total} decoded, {stats.Errors} error(s)");
        stats.Report(Console.Error);
        return 0;
    }
}

/// <summary>Counts custom attributes whose value gave <c>{"error":true}</c>, by reason.</summary>
internal sealed class CaErrorStats
{
    private readonly Dictionary<string, (int Count, string Example)> _byReason = new(StringComparer.Ordinal);

    public int Total { get; private set; }

    public int Errors { get; private set; }

    public void Decoded() => Total++;

    public void Error(string reason, string example)
    {
        Total++;
        Errors++;
        _byReason[reason] = _byReason.TryGetValue(reason, out var e) ? (e.Count + 1, e.Example) : (1, example);
    }

    public void Add(CaErrorStats other)
    {
        Total += other.Total;
        Errors += other.Errors;
        foreach (var (reason, (count, example)) in other._byReason)
        {
            _byReason[reason] = _byReason.TryGetValue(reason, out var e) ? (e.Count + count, e.Example) : (count, example);
        }
    }

    public void Report(TextWriter w)
    {
        foreach (var (reason, (count, example)) in _byReason.OrderByDescending(p => p.Value.Count).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            w.WriteLine($"  ca error: {count,7}  {reason}   (e.g. {example})");
        }
    }
}

internal static class Json
{
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        // Only what JSON requires (and a few HTML-sensitive characters) is escaped; every escape
        // is standard JSON, so a parser reads back the exact string.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
        SkipValidation = false,
    };

    public static string Token(int token) => "0x" + token.ToString("x8", CultureInfo.InvariantCulture);

    public static string Token(EntityHandle handle) => Token(MetadataTokens.GetToken(handle));

    public static void WriteToken(Utf8JsonWriter w, string name, EntityHandle handle)
        => w.WriteString(name, Token(handle));

    /// <summary>A token, or null when the coded index's row number is 0.</summary>
    public static void WriteTokenOrNull(Utf8JsonWriter w, string name, EntityHandle handle)
    {
        if (MetadataTokens.GetRowNumber(handle) == 0)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, Token(handle));
        }
    }

    public static string Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(bytes);

    public static string Version(Version v)
        => string.Create(CultureInfo.InvariantCulture, $"{v.Major}.{v.Minor}.{v.Build}.{v.Revision}");
}

internal static class FactsWriter
{
    // FACTS.md "tableRows": the ECMA-335 tables 0x00..0x2C with their TableIndex names.
    private static readonly TableIndex[] s_tables =
    {
        TableIndex.Module, TableIndex.TypeRef, TableIndex.TypeDef, TableIndex.FieldPtr, TableIndex.Field,
        TableIndex.MethodPtr, TableIndex.MethodDef, TableIndex.ParamPtr, TableIndex.Param, TableIndex.InterfaceImpl,
        TableIndex.MemberRef, TableIndex.Constant, TableIndex.CustomAttribute, TableIndex.FieldMarshal,
        TableIndex.DeclSecurity, TableIndex.ClassLayout, TableIndex.FieldLayout, TableIndex.StandAloneSig,
        TableIndex.EventMap, TableIndex.EventPtr, TableIndex.Event, TableIndex.PropertyMap, TableIndex.PropertyPtr,
        TableIndex.Property, TableIndex.MethodSemantics, TableIndex.MethodImpl, TableIndex.ModuleRef,
        TableIndex.TypeSpec, TableIndex.ImplMap, TableIndex.FieldRva, TableIndex.EncLog, TableIndex.EncMap,
        TableIndex.Assembly, TableIndex.AssemblyProcessor, TableIndex.AssemblyOS, TableIndex.AssemblyRef,
        TableIndex.AssemblyRefProcessor, TableIndex.AssemblyRefOS, TableIndex.File, TableIndex.ExportedType,
        TableIndex.ManifestResource, TableIndex.NestedClass, TableIndex.GenericParam, TableIndex.MethodSpec,
        TableIndex.GenericParamConstraint,
    };

    /// <summary>
    /// Writes the facts of one file. Any exception means the file is not a readable .NET assembly;
    /// the caller then discards what was written and prints the error line instead.
    /// </summary>
    public static void Write(Utf8JsonWriter w, string file, int runIndex, EnumIndex enumIndex, CaErrorStats stats)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read);
        using var pe = new PEReader(stream);
        if (!pe.HasMetadata)
        {
            throw new BadImageFormatException("the PE image has no CLI metadata");
        }

        MetadataReader md = pe.GetMetadataReader(MetadataReaderOptions.None);
        var names = new TypeNames(md);
        var sigs = new SignatureFormatter(names);
        var enums = new EnumResolver(enumIndex, runIndex, enumIndex[runIndex] ?? EnumIndex.IndexAssembly(md));
        var cas = new CustomAttributeFormatter(names, enums);

        w.WriteStartObject();
        w.WriteString("file", file);

        WriteAssembly(w, md);
        WriteModule(w, md);
        WriteHeapSizes(w, pe);
        WriteTableRows(w, md);
        WriteAssemblyRefs(w, md);
        WriteExportedTypes(w, md, names);
        WriteTypes(w, md, names);
        WriteFields(w, md, sigs);
        WriteMethods(w, md, pe, sigs);
        WriteMemberRefs(w, md, sigs);
        WriteTypeSpecs(w, md, sigs);
        WriteMethodSpecs(w, md, sigs);
        WriteStandAloneSigs(w, md, sigs);
        WriteProperties(w, md, sigs);
        WriteCustomAttributes(w, md, cas, stats, file);

        w.WriteEndObject();
        w.Flush();
    }

    private static void WriteAssembly(Utf8JsonWriter w, MetadataReader md)
    {
        if (!md.IsAssembly)
        {
            w.WriteNull("assembly");
            return;
        }

        AssemblyDefinition a = md.GetAssemblyDefinition();
        w.WriteStartObject("assembly");
        w.WriteString("name", md.GetString(a.Name));
        w.WriteString("version", Json.Version(a.Version));
        w.WriteString("culture", md.GetString(a.Culture));
        w.WriteString("publicKeyToken", PublicKeyToken(md.GetBlobBytes(a.PublicKey)));
        w.WriteNumber("flags", (uint)a.Flags);
        w.WriteNumber("hashAlgorithm", (uint)a.HashAlgorithm);
        w.WriteEndObject();
    }

    private static string PublicKeyToken(byte[] publicKey)
    {
        if (publicKey.Length == 0)
        {
            return "";
        }

        byte[] hash = SHA1.HashData(publicKey);
        Span<byte> token = stackalloc byte[8];
        for (int i = 0; i < 8; i++)
        {
            token[i] = hash[hash.Length - 1 - i];
        }

        return Json.Hex(token);
    }

    private static void WriteModule(Utf8JsonWriter w, MetadataReader md)
    {
        ModuleDefinition m = md.GetModuleDefinition();
        w.WriteStartObject("module");
        w.WriteString("name", md.GetString(m.Name));
        w.WriteString("mvid", md.GetGuid(m.Mvid).ToString("D"));
        w.WriteEndObject();
    }

    private static void WriteHeapSizes(Utf8JsonWriter w, PEReader pe)
    {
        HeapSizes h = MetadataRoot.ReadHeapSizes(pe);
        w.WriteStartObject("heapSizes");
        w.WriteNumber("strings", h.Strings);
        w.WriteNumber("userStrings", h.UserStrings);
        w.WriteNumber("blob", h.Blob);
        w.WriteNumber("guid", h.Guid);
        w.WriteEndObject();
    }

    private static void WriteTableRows(Utf8JsonWriter w, MetadataReader md)
    {
        w.WriteStartObject("tableRows");
        foreach (TableIndex t in s_tables)
        {
            int rows = md.GetTableRowCount(t);
            if (rows != 0)
            {
                w.WriteNumber(t.ToString(), rows);
            }
        }

        w.WriteEndObject();
    }

    private static void WriteAssemblyRefs(Utf8JsonWriter w, MetadataReader md)
    {
        w.WriteStartArray("assemblyRefs");
        foreach (AssemblyReferenceHandle h in md.AssemblyReferences)
        {
            AssemblyReference r = md.GetAssemblyReference(h);
            w.WriteStartObject();
            w.WriteString("name", md.GetString(r.Name));
            w.WriteString("version", Json.Version(r.Version));
            w.WriteString("culture", md.GetString(r.Culture));
            w.WriteString("publicKeyOrToken", Json.Hex(md.GetBlobBytes(r.PublicKeyOrToken)));
            w.WriteNumber("flags", (uint)r.Flags);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteExportedTypes(Utf8JsonWriter w, MetadataReader md, TypeNames names)
    {
        w.WriteStartArray("exportedTypes");
        foreach (ExportedTypeHandle h in md.ExportedTypes)
        {
            ExportedType t = md.GetExportedType(h);
            w.WriteStartObject();
            w.WriteString("name", names.Of(h));
            w.WriteNumber("flags", (uint)t.Attributes);
            Json.WriteTokenOrNull(w, "implementation", t.Implementation);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteTypes(Utf8JsonWriter w, MetadataReader md, TypeNames names)
    {
        w.WriteStartArray("types");
        foreach (TypeDefinitionHandle h in md.TypeDefinitions)
        {
            TypeDefinition t = md.GetTypeDefinition(h);
            w.WriteStartObject();
            Json.WriteToken(w, "token", h);
            w.WriteString("name", names.Of(h));
            w.WriteNumber("flags", (uint)t.Attributes);
            Json.WriteTokenOrNull(w, "extends", t.BaseType);
            w.WriteNumber("fields", t.GetFields().Count);
            w.WriteNumber("methods", t.GetMethods().Count);
            w.WriteNumber("genericParams", t.GetGenericParameters().Count);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteFields(Utf8JsonWriter w, MetadataReader md, SignatureFormatter sigs)
    {
        w.WriteStartArray("fields");
        foreach (FieldDefinitionHandle h in md.FieldDefinitions)
        {
            FieldDefinition f = md.GetFieldDefinition(h);
            w.WriteStartObject();
            Json.WriteToken(w, "token", h);
            w.WriteString("name", md.GetString(f.Name));
            w.WriteNumber("flags", (uint)f.Attributes);
            w.WriteString("signature", sigs.FieldSignature(f.Signature));
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteMethods(Utf8JsonWriter w, MetadataReader md, PEReader pe, SignatureFormatter sigs)
    {
        w.WriteStartArray("methods");
        foreach (MethodDefinitionHandle h in md.MethodDefinitions)
        {
            MethodDefinition m = md.GetMethodDefinition(h);
            w.WriteStartObject();
            Json.WriteToken(w, "token", h);
            w.WriteString("name", md.GetString(m.Name));
            w.WriteNumber("flags", (uint)m.Attributes);
            w.WriteNumber("implFlags", (uint)m.ImplAttributes);
            w.WriteNumber("rva", (uint)m.RelativeVirtualAddress);
            w.WriteString("signature", sigs.MethodSignature(m.Signature));
            if (m.RelativeVirtualAddress == 0)
            {
                w.WriteNull("body");
            }
            else
            {
                WriteBody(w, pe.GetMethodBody(m.RelativeVirtualAddress));
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteBody(Utf8JsonWriter w, MethodBodyBlock body)
    {
        w.WriteStartObject("body");
        w.WriteNumber("ilSize", body.GetILReader().Length);
        w.WriteNumber("maxStack", body.MaxStack);
        w.WriteBoolean("initLocals", body.LocalVariablesInitialized);
        Json.WriteTokenOrNull(w, "localsToken", body.LocalSignature);
        w.WriteStartArray("eh");
        foreach (ExceptionRegion r in body.ExceptionRegions)
        {
            w.WriteStartObject();
            w.WriteString("kind", r.Kind switch
            {
                ExceptionRegionKind.Catch => "catch",
                ExceptionRegionKind.Filter => "filter",
                ExceptionRegionKind.Finally => "finally",
                ExceptionRegionKind.Fault => "fault",
                _ => throw new BadImageFormatException($"exception clause kind 0x{(int)r.Kind:x}"),
            });
            w.WriteNumber("tryOffset", r.TryOffset);
            w.WriteNumber("tryLength", r.TryLength);
            w.WriteNumber("handlerOffset", r.HandlerOffset);
            w.WriteNumber("handlerLength", r.HandlerLength);
            if (r.Kind == ExceptionRegionKind.Catch)
            {
                // The clause's ClassToken as stored (even when its row is 0).
                Json.WriteToken(w, "catchType", r.CatchType);
            }
            else
            {
                w.WriteNull("catchType");
            }

            if (r.Kind == ExceptionRegionKind.Filter)
            {
                w.WriteNumber("filterOffset", r.FilterOffset);
            }
            else
            {
                w.WriteNull("filterOffset");
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteMemberRefs(Utf8JsonWriter w, MetadataReader md, SignatureFormatter sigs)
    {
        w.WriteStartArray("memberRefs");
        foreach (MemberReferenceHandle h in md.MemberReferences)
        {
            MemberReference r = md.GetMemberReference(h);
            w.WriteStartObject();
            Json.WriteToken(w, "token", h);
            Json.WriteToken(w, "parent", r.Parent);
            w.WriteString("name", md.GetString(r.Name));
            w.WriteString("signature", sigs.MemberRefSignature(r.Signature));
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteTypeSpecs(Utf8JsonWriter w, MetadataReader md, SignatureFormatter sigs)
    {
        w.WriteStartArray("typeSpecs");
        int rows = md.GetTableRowCount(TableIndex.TypeSpec);
        for (int row = 1; row <= rows; row++)
        {
            w.WriteStringValue(sigs.TypeSpec(MetadataTokens.TypeSpecificationHandle(row)));
        }

        w.WriteEndArray();
    }

    private static void WriteMethodSpecs(Utf8JsonWriter w, MetadataReader md, SignatureFormatter sigs)
    {
        w.WriteStartArray("methodSpecs");
        int rows = md.GetTableRowCount(TableIndex.MethodSpec);
        for (int row = 1; row <= rows; row++)
        {
            MethodSpecificationHandle h = MetadataTokens.MethodSpecificationHandle(row);
            MethodSpecification s = md.GetMethodSpecification(h);
            w.WriteStartObject();
            Json.WriteToken(w, "method", s.Method);
            w.WriteStartArray("instantiation");
            foreach (string t in sigs.MethodSpecInstantiation(h))
            {
                w.WriteStringValue(t);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteStandAloneSigs(Utf8JsonWriter w, MetadataReader md, SignatureFormatter sigs)
    {
        w.WriteStartArray("standAloneSigs");
        int rows = md.GetTableRowCount(TableIndex.StandAloneSig);
        for (int row = 1; row <= rows; row++)
        {
            StandaloneSignature s = md.GetStandaloneSignature(MetadataTokens.StandaloneSignatureHandle(row));
            w.WriteStringValue(sigs.StandAloneSignature(s.Signature));
        }

        w.WriteEndArray();
    }

    private static void WriteProperties(Utf8JsonWriter w, MetadataReader md, SignatureFormatter sigs)
    {
        w.WriteStartArray("properties");
        foreach (PropertyDefinitionHandle h in md.PropertyDefinitions)
        {
            PropertyDefinition p = md.GetPropertyDefinition(h);
            w.WriteStartObject();
            w.WriteString("name", md.GetString(p.Name));
            w.WriteString("signature", sigs.PropertySignature(p.Signature));
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteCustomAttributes(Utf8JsonWriter w, MetadataReader md, CustomAttributeFormatter cas, CaErrorStats stats, string file)
    {
        w.WriteStartObject("customAttributes");
        w.WriteNumber("count", md.GetTableRowCount(TableIndex.CustomAttribute));
        w.WriteStartArray("items");
        foreach (CustomAttributeHandle h in md.CustomAttributes)
        {
            CustomAttribute ca = md.GetCustomAttribute(h);
            w.WriteStartObject();
            Json.WriteToken(w, "parent", ca.Parent);
            Json.WriteToken(w, "ctor", ca.Constructor);

            CaValue? value = null;
            try
            {
                value = cas.Decode(ca);
                stats.Decoded();
            }
            catch (EnumNotResolvedException e)
            {
                stats.Error(e.Reason, $"{file} CA {Json.Token(h)}: {e.Message}");
            }
            catch (BadImageFormatException e)
            {
                stats.Error("BadImageFormatException: " + e.Message, $"{file} CA {Json.Token(h)}");
            }

            w.WriteStartObject("value");
            if (value == null)
            {
                w.WriteBoolean("error", true);
            }
            else
            {
                w.WriteStartArray("fixed");
                foreach (string arg in value.Fixed)
                {
                    w.WriteStringValue(arg);
                }

                w.WriteEndArray();
                w.WriteStartArray("named");
                foreach (var (kind, name, arg) in value.Named)
                {
                    w.WriteStartObject();
                    w.WriteString("kind", kind);
                    w.WriteString("name", name); // null for a null serialized name (0xFF)
                    w.WriteString("value", arg);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
