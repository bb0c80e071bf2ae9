using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace LayoutOracle
{
    /// The layout oracle: run by Mono's browser-wasm runtime, prints one JSON line per type of TypeList to
    /// stdout (README.md, "Output"), and a report of the cross-checks and observations to stderr.
    /// Exit code 0 when every technique agreed on every number, 1 when some disagreed (the lines are still
    /// printed), 2 when the measurement itself failed.
    public static class Program
    {
        private sealed class RawData { public byte Data; }

        public static int Main()
        {
            try
            {
                return Run();
            }
            catch (Exception e)
            {
                Console.Error.WriteLine("layout oracle: " + e);
                return 2;
            }
        }

        private static int Run()
        {
            MonoRuntime.Validate();
            LiveProbe.Initialize();

            // The header: where the first field of a class deriving directly from Object lives.
            int header = LiveProbe.ClassFieldOffsets(new RawData(), new[] { typeof(RawData).GetField(nameof(RawData.Data))! })[0];
            int objectSize = MonoRuntime.InstanceSize(MonoRuntime.ClassOf(new object()));
            if (header != objectSize)
                throw new InvalidOperationException($"first field at {header}, but System.Object's instance size is {objectSize}");

            var measurer = new Measurer(header);
            var layouts = new List<TypeLayout>();
            foreach (Entry entry in TypeList.Build())
                layouts.Add(measurer.Measure(entry));

            var byName = new Dictionary<string, TypeLayout>();
            foreach (TypeLayout layout in layouts)
                if (!byName.TryAdd(layout.Name, layout))
                    measurer.Failures.Add($"{layout.Name}: listed twice");

            CheckExpectations(TypedChecks.All(header), byName, measurer);

            foreach (TypeLayout layout in layouts)
                Console.Out.WriteLine(Json(layout));

            Report(header, layouts, measurer);
            foreach (string failure in measurer.Failures)
                Console.Error.WriteLine("MISMATCH " + failure);
            return measurer.Failures.Count == 0 ? 0 : 1;
        }

        /// Compares TypedChecks' numbers with the output. Every field of a byref-like type must be covered
        /// there, since LiveProbe cannot measure those.
        private static void CheckExpectations(List<Expectation> expectations, Dictionary<string, TypeLayout> byName, Measurer measurer)
        {
            var covered = new HashSet<(string, string)>();
            foreach (Expectation e in expectations)
            {
                if (!byName.TryGetValue(e.Type, out TypeLayout? layout))
                {
                    measurer.Failures.Add($"{e.Type}: checked by TypedChecks but not in the list");
                    continue;
                }
                int? actual = e.Key == "#size" ? layout.Size : layout.Fields.FirstOrDefault(f => f.Name == e.Key)?.Offset;
                if (actual != e.Value)
                    measurer.Failures.Add($"{e.Type}: {e.Key} is {actual?.ToString() ?? "missing"} in the output, {e.How} says {e.Value}");
                else
                    measurer.Tally.ExpectationsMet++;
                covered.Add((e.Type, e.Key));
            }
            foreach (TypeLayout layout in byName.Values.Where(l => l.Type.IsByRefLike))
            {
                foreach (FieldLayout field in layout.Fields)
                    if (!covered.Contains((layout.Name, field.Name)))
                        measurer.Failures.Add($"{layout.Name}: byref-like, but field {field.Name} has no typed check");
                measurer.Tally.FieldsTyped += layout.Fields.Count;
            }
        }

        private static void Report(int header, List<TypeLayout> layouts, Measurer measurer)
        {
            TextWriter err = Console.Error;
            Tally t = measurer.Tally;
            int classes = layouts.Count(l => l.Kind == "class");
            int fields = layouts.Sum(l => l.Fields.Count);
            err.WriteLine($"types {layouts.Count} (classes {classes}, structs {layouts.Count - classes}), fields {fields}, header {header}");
            err.WriteLine($"field offsets confirmed by a live instance: {t.FieldsLive}; byref-like fields by typed checks: {t.FieldsTyped}");
            err.WriteLine($"class sizes confirmed by a run-time subclass: {t.ClassSizeEmit}, by allocation size: {t.ClassSizeAlloc}");
            err.WriteLine($"struct sizes confirmed by Unsafe.SizeOf: {t.StructSizeOf}, by array stride: {t.StructStride}, by box size: {t.StructBox}, alignments: {t.StructAlign}");
            err.WriteLine($"typed-code expectations met: {t.ExpectationsMet}");
            foreach ((string name, int align) in measurer.StructAlignments)
                err.WriteLine($"align {align} {name}");
            // Where the listed types that are neither CoreLib's nor this program's are defined.
            foreach (TypeLayout layout in layouts)
            {
                string assembly = layout.Type.Assembly.GetName().Name!;
                if (assembly != "System.Private.CoreLib" && assembly != "LayoutOracle")
                    err.WriteLine($"assembly {assembly} {layout.Name}");
            }
            Observations.Print(err);
        }

        /// {"type":…,"kind":…,"size":…,"fields":[{"name":…,"offset":…},…]} with no insignificant whitespace.
        private static string Json(TypeLayout layout)
        {
            var sb = new StringBuilder();
            sb.Append("{\"type\":").Append(Quote(layout.Name))
              .Append(",\"kind\":").Append(Quote(layout.Kind))
              .Append(",\"size\":").Append(layout.Size.ToString(CultureInfo.InvariantCulture))
              .Append(",\"fields\":[");
            for (int i = 0; i < layout.Fields.Count; i++)
            {
                if (i > 0) sb.Append(',');
                sb.Append("{\"name\":").Append(Quote(layout.Fields[i].Name))
                  .Append(",\"offset\":").Append(layout.Fields[i].Offset.ToString(CultureInfo.InvariantCulture))
                  .Append('}');
            }
            return sb.Append("]}").ToString();
        }

        /// A JSON string; everything outside printable ASCII is escaped as \uXXXX.
        private static string Quote(string s)
        {
            var sb = new StringBuilder("\"");
            foreach (char c in s)
            {
                if (c == '"' || c == '\\') sb.Append('\\').Append(c);
                else if (c < 0x20 || c > 0x7e) sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                else sb.Append(c);
            }
            return sb.Append('"').ToString();
        }
    }
}
