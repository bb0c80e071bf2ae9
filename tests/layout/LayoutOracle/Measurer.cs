using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace LayoutOracle
{
    internal sealed record FieldLayout(string Name, int Offset);

    /// One output line. Kind is "class" or "struct"; offsets and size follow README.md, "Output".
    internal sealed record TypeLayout(string Name, string Kind, int Size, IReadOnlyList<FieldLayout> Fields, Type Type);

    /// How many numbers each technique confirmed (printed to stderr at the end).
    internal sealed class Tally
    {
        public int FieldsLive, FieldsTyped, ClassSizeEmit, ClassSizeAlloc, StructSizeOf, StructStride, StructBox,
            StructAlign, ExpectationsMet;
    }

    /// Measures one type with technique A (Mono's metadata) and checks every number against the others.
    /// Disagreements are collected in Failures; the program then exits non-zero.
    internal sealed class Measurer
    {
        private const BindingFlags Declared =
            BindingFlags.DeclaredOnly | BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

        /// Places a value type after one byte; the offset of Value is then the type's alignment.
        private struct AlignProbe<T> { public byte Pad; public T Value; }

        private static readonly MethodInfo SizeOfMethod = typeof(Unsafe).GetMethod(nameof(Unsafe.SizeOf))!;

        private readonly int _header;
        public readonly List<string> Failures = new();
        public readonly Tally Tally = new();
        /// Struct alignment (min_align read from Mono, confirmed by AlignProbe), by canonical name, for the log.
        public readonly Dictionary<string, int> StructAlignments = new();

        public Measurer(int header) => _header = header;

        public TypeLayout Measure(Entry entry)
        {
            Type type = entry.Type;
            string name = TypeNames.Canonical(type);
            if (type.ContainsGenericParameters) throw new InvalidOperationException($"{name} is not a closed type");
            bool isStruct = type.IsValueType;

            // Instance fields of the type and of all its base classes, with their JSON names.
            var fields = new List<FieldInfo>();
            for (Type? level = type; level != null; level = level.BaseType)
                fields.AddRange(level.GetFields(Declared));
            FieldInfo[] fieldArray = fields.ToArray();
            var clashing = fields.GroupBy(f => f.Name).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
            string JsonName(FieldInfo f) =>
                clashing.Contains(f.Name) ? TypeNames.Canonical(f.DeclaringType!) + "::" + f.Name : f.Name;

            // Mono lays a class out lazily: until then, its MonoClassFields say offset 0 and its instance size
            // is 0 (seen for Dictionary<int,object>.Entry, listed only through reflection). Creating the
            // vtable (which running the static constructor does) initializes the class fully.
            RuntimeHelpers.RunClassConstructor(type.TypeHandle);

            // Technique A: the offsets Mono stored (object coordinates; a value type's fields start after a header).
            int[] offsets = fieldArray.Select(f => MonoRuntime.FieldOffset(f) - (isStruct ? _header : 0)).ToArray();

            // Technique B: addresses in a live instance (byref-like structs: TypedChecks instead).
            object? instance = null;
            if (!type.IsByRefLike)
            {
                int[] live;
                if (isStruct)
                {
                    live = LiveProbe.StructFieldOffsets(type, fieldArray);
                }
                else
                {
                    instance = entry.Instance?.Invoke() ?? RuntimeHelpers.GetUninitializedObject(type);
                    Check(instance.GetType() == type, name, $"the instance is a {instance.GetType()}");
                    live = LiveProbe.ClassFieldOffsets(instance, fieldArray);
                }
                for (int i = 0; i < fieldArray.Length; i++)
                    Check(live[i] == offsets[i], name, $"field {fieldArray[i].Name}: Mono says {offsets[i]}, live instance says {live[i]}");
                Tally.FieldsLive += fieldArray.Length;
            }

            int size = isStruct ? StructSize(type, name, fieldArray) : ClassSize(entry, type, name, instance!, fieldArray);

            var layout = fieldArray
                .Select((f, i) => new FieldLayout(JsonName(f), offsets[i]))
                .OrderBy(f => f.Offset).ThenBy(f => f.Name, StringComparer.Ordinal)
                .ToList();
            return new TypeLayout(name, isStruct ? "struct" : "class", size, layout, type);
        }

        private int ClassSize(Entry entry, Type type, string name, object instance, FieldInfo[] fields)
        {
            // A: instance_size of the MonoClass in the object's vtable. The fields' MonoClassField parents
            // must be that class and its parents, level by level (checks the reading of both structures).
            nint klass = MonoRuntime.ClassOf(instance);
            Check(MonoRuntime.Name(klass).EndsWith(type.Name, StringComparison.Ordinal), name,
                $"vtable class reads as {MonoRuntime.Name(klass)}");
            nint levelClass = klass;
            Type? levelType = type;
            foreach (FieldInfo f in fields)
            {
                while (levelType != null && levelType != f.DeclaringType)
                {
                    levelType = levelType.BaseType;
                    levelClass = MonoRuntime.Parent(levelClass);
                }
                Check(MonoRuntime.FieldParentClass(f) == levelClass, name, $"field {f.Name}: its MonoClassField parent is not the class of its level");
            }
            int size = MonoRuntime.InstanceSize(klass);

            // C: a run-time subclass adding one byte.
            int? emitted = EmitProbe.TryMeasure(type);
            if (emitted is int probe)
            {
                Check(probe == size, name, $"Mono instance size {size}, derived byte field at {probe}");
                Tally.ClassSizeEmit++;
            }

            // Allocation: SGen allocates the instance size rounded up to 8 bytes.
            if (entry.Instance == null)
            {
                long allocated = long.MaxValue;
                for (int attempt = 0; attempt < 3; attempt++)
                {
                    long before = GC.GetAllocatedBytesForCurrentThread();
                    object fresh = RuntimeHelpers.GetUninitializedObject(type);
                    long after = GC.GetAllocatedBytesForCurrentThread();
                    GC.KeepAlive(fresh);
                    allocated = Math.Min(allocated, after - before);
                }
                Check(allocated == RoundUp(size, 8), name, $"Mono instance size {size}, one allocation took {allocated} bytes");
                Tally.ClassSizeAlloc++;
            }
            return size;
        }

        private int StructSize(Type type, string name, FieldInfo[] fields)
        {
            // A: instance_size - header of the struct's MonoClass (reached through a field, or a boxed value).
            nint klass;
            if (fields.Length > 0)
            {
                klass = MonoRuntime.FieldParentClass(fields[0]);
            }
            else
            {
                object boxed = RuntimeHelpers.GetUninitializedObject(type);
                Check(boxed.GetType() == type, name, $"boxing gives a {boxed.GetType()}");
                klass = MonoRuntime.ClassOf(boxed);
            }
            Check(MonoRuntime.Name(klass).EndsWith(type.Name, StringComparison.Ordinal), name,
                $"the class reads as {MonoRuntime.Name(klass)}");
            int size = MonoRuntime.InstanceSize(klass) - _header;

            // The IL sizeof instruction, through Unsafe.SizeOf<T>.
            int sizeOf = (int)SizeOfMethod.MakeGenericMethod(type).Invoke(null, null)!;
            Check(sizeOf == size, name, $"Mono instance size - header = {size}, Unsafe.SizeOf = {sizeOf}");
            Tally.StructSizeOf++;

            if (!type.IsByRefLike)
            {
                // Array stride.
                Array array = Array.CreateInstance(type, 2);
                int stride = 0;
                for (int attempt = 0; attempt < 10; attempt++)
                {
                    nint before = LiveProbe.AddressOf(array);
                    stride = (int)(Marshal.UnsafeAddrOfPinnedArrayElement(array, 1) - Marshal.UnsafeAddrOfPinnedArrayElement(array, 0));
                    if (LiveProbe.AddressOf(array) == before) break;
                }
                Check(stride == size, name, $"value size {size}, array stride {stride}");
                Tally.StructStride++;

                // A boxed value takes header + size, rounded up to 8 (Nullable<T> boxes as T: skipped).
                if (Nullable.GetUnderlyingType(type) == null)
                {
                    long allocated = long.MaxValue;
                    for (int attempt = 0; attempt < 3; attempt++)
                    {
                        long before = GC.GetAllocatedBytesForCurrentThread();
                        object boxed = RuntimeHelpers.GetUninitializedObject(type);
                        long after = GC.GetAllocatedBytesForCurrentThread();
                        GC.KeepAlive(boxed);
                        allocated = Math.Min(allocated, after - before);
                    }
                    Check(allocated == RoundUp(_header + size, 8), name, $"value size {size}, a box took {allocated} bytes");
                    Tally.StructBox++;
                }

                // Alignment: Mono's min_align against the offset of a T placed after one byte.
                int minAlign = MonoRuntime.MinAlign(klass);
                FieldInfo value = typeof(AlignProbe<>).MakeGenericType(type).GetField(nameof(AlignProbe<int>.Value))!;
                int placed = LiveProbe.StructFieldOffsets(value.DeclaringType!, new[] { value })[0];
                Check(placed == minAlign, name, $"min_align {minAlign}, but placed after a byte at {placed}");
                StructAlignments[name] = placed;
                Tally.StructAlign++;
            }
            return size;
        }

        private static int RoundUp(int value, int to) => (value + to - 1) / to * to;

        private void Check(bool condition, string type, string message)
        {
            if (!condition) Failures.Add($"{type}: {message}");
        }
    }
}
