// The `bench` command: how long System.Reflection.Metadata takes to open a set of assemblies and
// decode every signature and method body in them, with a provider that builds nothing.

using System;
using System.Buffers;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Text.Json;

namespace MetadataOracle;

internal static class Bench
{
    private const int WarmUpPasses = 2;

    private struct Counts
    {
        public long Assemblies;
        public long Methods;
        public long Bodies;
        public long Signatures;
        public long Sink; // keeps the decoded values alive so that nothing is optimised away
    }

    public static int Run(List<string> files, int iterations)
    {
        // Keep only files that are .NET assemblies that decode fully; the rest are skipped and not counted.
        var assemblies = new List<string>(files.Count);
        foreach (string file in files)
        {
            try
            {
                Counts probe = default;
                if (DecodeOne(file, ref probe))
                {
                    assemblies.Add(file);
                }
                else
                {
                    Console.Error.WriteLine($"{file}: skipped: no CLI metadata");
                }
            }
            catch (Exception e)
            {
                Console.Error.WriteLine($"{file}: skipped: {e.GetType().Name}: {e.Message}");
            }
        }

        Counts counts = default;
        for (int i = 0; i < WarmUpPasses; i++)
        {
            counts = Pass(assemblies);
        }

        var times = new double[iterations];
        for (int i = 0; i < iterations; i++)
        {
            long start = Stopwatch.GetTimestamp();
            counts = Pass(assemblies);
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        Array.Sort(times);
        double median = iterations % 2 == 1
            ? times[iterations / 2]
            : (times[iterations / 2 - 1] + times[iterations / 2]) / 2;

        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, Json.WriterOptions))
        {
            w.WriteStartObject();
            w.WriteString("tool", "System.Reflection.Metadata");
            w.WriteNumber("assemblies", counts.Assemblies);
            w.WriteNumber("methods", counts.Methods);
            w.WriteNumber("bodies", counts.Bodies);
            w.WriteNumber("signatures", counts.Signatures);
            w.WriteNumber("passes", iterations);
            w.WriteNumber("minMs", Math.Round(times[0], 3));
            w.WriteNumber("medianMs", Math.Round(median, 3));
            w.WriteEndObject();
        }

        using Stream stdout = Console.OpenStandardOutput();
        stdout.Write(buffer.WrittenSpan);
        stdout.WriteByte((byte)'\n');
        GC.KeepAlive(counts.Sink);
        return 0;
    }

    private static Counts Pass(List<string> assemblies)
    {
        Counts counts = default;
        foreach (string file in assemblies)
        {
            DecodeOne(file, ref counts);
        }

        return counts;
    }

    /// <summary>Opens one file and decodes everything; false when it has no CLI metadata.</summary>
    private static bool DecodeOne(string file, ref Counts c)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read);
        using var pe = new PEReader(stream);
        if (!pe.HasMetadata)
        {
            return false;
        }

        MetadataReader md = pe.GetMetadataReader();
        CountingProvider p = CountingProvider.Instance;
        long sink = 0;
        long sigs = 0;

        foreach (TypeDefinitionHandle h in md.TypeDefinitions)
        {
            TypeDefinition t = md.GetTypeDefinition(h);
            sink += MetadataTokens.GetHeapOffset(t.Name);
        }

        foreach (MethodDefinitionHandle h in md.MethodDefinitions)
        {
            MethodDefinition m = md.GetMethodDefinition(h);
            sink += m.DecodeSignature(p, null).ReturnType;
            sigs++;
            c.Methods++;

            int rva = m.RelativeVirtualAddress;
            if (rva != 0)
            {
                MethodBodyBlock body = pe.GetMethodBody(rva);
                sink += body.GetILReader().Length + body.MaxStack;
                foreach (ExceptionRegion r in body.ExceptionRegions)
                {
                    sink += (int)r.Kind + r.TryOffset + r.TryLength + r.HandlerOffset + r.HandlerLength
                        + MetadataTokens.GetToken(r.CatchType) + r.FilterOffset;
                }

                if (!body.LocalSignature.IsNil)
                {
                    sink += md.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(p, null).Length;
                    sigs++;
                }

                c.Bodies++;
            }
        }

        foreach (FieldDefinitionHandle h in md.FieldDefinitions)
        {
            sink += md.GetFieldDefinition(h).DecodeSignature(p, null);
            sigs++;
        }

        foreach (MemberReferenceHandle h in md.MemberReferences)
        {
            MemberReference r = md.GetMemberReference(h);
            sink += r.GetKind() == MemberReferenceKind.Field
                ? r.DecodeFieldSignature(p, null)
                : r.DecodeMethodSignature(p, null).ReturnType;
            sigs++;
        }

        int typeSpecs = md.GetTableRowCount(TableIndex.TypeSpec);
        for (int row = 1; row <= typeSpecs; row++)
        {
            sink += md.GetTypeSpecification(MetadataTokens.TypeSpecificationHandle(row)).DecodeSignature(p, null);
            sigs++;
        }

        int methodSpecs = md.GetTableRowCount(TableIndex.MethodSpec);
        for (int row = 1; row <= methodSpecs; row++)
        {
            sink += md.GetMethodSpecification(MetadataTokens.MethodSpecificationHandle(row)).DecodeSignature(p, null).Length;
            sigs++;
        }

        int standAloneSigs = md.GetTableRowCount(TableIndex.StandAloneSig);
        for (int row = 1; row <= standAloneSigs; row++)
        {
            StandaloneSignature s = md.GetStandaloneSignature(MetadataTokens.StandaloneSignatureHandle(row));
            sink += s.GetKind() == StandaloneSignatureKind.LocalVariables
                ? s.DecodeLocalSignature(p, null).Length
                : s.DecodeMethodSignature(p, null).ReturnType;
            sigs++;
        }

        foreach (PropertyDefinitionHandle h in md.PropertyDefinitions)
        {
            sink += md.GetPropertyDefinition(h).DecodeSignature(p, null).ReturnType;
            sigs++;
        }

        foreach (CustomAttributeHandle h in md.CustomAttributes)
        {
            CustomAttribute ca = md.GetCustomAttribute(h);
            sink += MetadataTokens.GetToken(ca.Constructor) + md.GetBlobReader(ca.Value).Length;
        }

        c.Assemblies++;
        c.Signatures += sigs;
        c.Sink += sink;
        return true;
    }

    /// <summary>A signature provider that builds nothing: every type is an int (a node count).</summary>
    private sealed class CountingProvider : ISignatureTypeProvider<int, object?>
    {
        public static readonly CountingProvider Instance = new();

        public int GetPrimitiveType(PrimitiveTypeCode typeCode) => 1;

        public int GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => 1;

        public int GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => 1;

        public int GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) => 1;

        public int GetSZArrayType(int elementType) => elementType + 1;

        public int GetArrayType(int elementType, ArrayShape shape) => elementType + 1;

        public int GetPointerType(int elementType) => elementType + 1;

        public int GetByReferenceType(int elementType) => elementType + 1;

        public int GetPinnedType(int elementType) => elementType + 1;

        public int GetGenericInstantiation(int genericType, ImmutableArray<int> typeArguments)
        {
            int n = genericType + 1;
            foreach (int a in typeArguments)
            {
                n += a;
            }

            return n;
        }

        public int GetGenericTypeParameter(object? genericContext, int index) => 1;

        public int GetGenericMethodParameter(object? genericContext, int index) => 1;

        public int GetFunctionPointerType(MethodSignature<int> signature) => signature.ReturnType + signature.ParameterTypes.Length + 1;

        public int GetModifiedType(int modifier, int unmodifiedType, bool isRequired) => unmodifiedType + 1;
    }
}
