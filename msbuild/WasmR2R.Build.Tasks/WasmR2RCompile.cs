using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using WasmR2R.Native;
using MSBuildTask = Microsoft.Build.Utilities.Task;

namespace WasmR2R.Build.Tasks;

/// <summary>
/// Compiles an app and its references into one WasmR2R image (<c>&lt;App&gt;.r2r.wasm</c>) plus the loader
/// (<c>wasmr2r.mjs</c>) and runner (<c>&lt;App&gt;.mjs</c>), in-process through <c>libwasmr2r_native</c>.
/// </summary>
public sealed class WasmR2RCompile : MSBuildTask, ICancelableTask
{
    private const string Subcategory = "WasmR2R";

    static WasmR2RCompile()
    {
        // Must run before anything touches WasmR2R.Native.Interop (its static constructor calls the library).
        NativeLibraryResolver.Install();
    }

    /// <summary>The app's entry assembly (IL).</summary>
    [Required]
    public ITaskItem App { get; set; } = null!;

    /// <summary>Reference assemblies (files) or directories whose assemblies are all references.</summary>
    public ITaskItem[] References { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>Where the image, loader and runner are written (created if missing).</summary>
    [Required]
    public string OutputDirectory { get; set; } = "";

    /// <summary>One image for the whole graph (app + framework + runtime).</summary>
    public bool Composite { get; set; } = true;

    /// <summary><c>legacy</c> (try/catch/rethrow, runs on Node 20) or <c>exnref</c>.</summary>
    public string ExceptionHandling { get; set; } = "legacy";

    /// <summary>Emit a self-installing image (active payload at the imported imageBase/tableBase).</summary>
    public bool SelfInstalling { get; set; }

    /// <summary>Worker threads; 0 = one per core.</summary>
    public int Parallelism { get; set; }

    /// <summary>Extra arguments passed to the compiler verbatim.</summary>
    public string? ExtraArgs { get; set; }

    /// <summary>The files written, with <c>RelativePath</c> (file name) metadata.</summary>
    [Output]
    public ITaskItem[] GeneratedFiles { get; private set; } = Array.Empty<ITaskItem>();

    // Guards the service against Cancel/Dispose races: interoptopus services crash on use after Dispose.
    private readonly object _gate = new();
    private CompileService? _service;
    private bool _disposed;
    private volatile bool _cancelRequested;

    public void Cancel()
    {
        _cancelRequested = true;
        lock (_gate)
        {
            if (_service is null || _disposed) return;
            try
            {
                _service.Cancel();
            }
            catch (Exception e)
            {
                Log.LogMessage(MessageImportance.Low, $"WasmR2R: cancel failed: {e.Message}");
            }
        }
    }

    public override bool Execute()
    {
        if (!Environment.Is64BitProcess)
        {
            Log.LogError(Subcategory, "WR2R0101", null, null, 0, 0, 0, 0,
                "The WasmR2R compiler task needs a 64-bit MSBuild process.");
            return false;
        }

        ExceptionHandling eh;
        switch ((ExceptionHandling ?? "legacy").Trim().ToLowerInvariant())
        {
            case "":
            case "legacy": eh = Native.ExceptionHandling.Legacy; break;
            case "exnref": eh = Native.ExceptionHandling.Exnref; break;
            default:
                Log.LogError(Subcategory, "WR2R0102", null, null, 0, 0, 0, 0,
                    $"Unknown WasmR2RExceptionHandling value '{ExceptionHandling}' (expected 'legacy' or 'exnref').");
                return false;
        }
        if (Parallelism < 0)
        {
            Log.LogError(Subcategory, "WR2R0103", null, null, 0, 0, 0, 0,
                $"WasmR2RParallelism must be 0 (one thread per core) or positive, not {Parallelism}.");
            return false;
        }

        string app = App.GetMetadata("FullPath");
        string output = Path.GetFullPath(OutputDirectory);
        string[] references = References.Select(r => r.GetMetadata("FullPath")).Distinct(StringComparer.Ordinal).ToArray();

        Log.LogMessage(MessageImportance.Normal,
            $"WasmR2R: compiling {app} with {references.Length} reference(s) into {output} " +
            $"(composite={Composite}, eh={eh}, shape={(SelfInstalling ? "self-installing" : "passive")}, parallelism={Parallelism})");

        CompileSummary summary;
        try
        {
            summary = Compile(app, references, output, eh);
        }
        catch (Exception e) when (IsLoadFailure(e))
        {
            Log.LogError(Subcategory, "WR2R0100", null, null, 0, 0, 0, 0,
                "Cannot load the WasmR2R native library: {0}. Looked in: {1}. Set {2} to its path to override.",
                OneLine(Unwrap(e).Message), string.Join(", ", NativeLibraryResolver.Candidates(Interop.NativeLib)),
                NativeLibraryResolver.EnvironmentVariable);
            return false;
        }
        catch (Exception e)
        {
            Log.LogError(Subcategory, "WR2R9998", null, null, 0, 0, 0, 0,
                "The WasmR2R compiler failed: {0}", e.ToString());
            return false;
        }

        if (NativeLibraryResolver.LoadedFrom is { } from)
            Log.LogMessage(MessageImportance.Low, $"WasmR2R: native library {from}");

        Log.LogMessage(MessageImportance.Normal,
            $"WasmR2R: {(summary.status.IsSucceeded ? "succeeded" : summary.status.IsFailed ? "failed" : "cancelled")}, " +
            $"{summary.errors} error(s), {summary.warnings} warning(s)");

        if (summary.status.IsCancelled)
        {
            Log.LogWarning(Subcategory, "WR2R0104", null, null, 0, 0, 0, 0, "WasmR2R compilation was cancelled.");
            return false;
        }
        if (!summary.status.IsSucceeded)
        {
            if (!Log.HasLoggedErrors)
                Log.LogError(Subcategory, "WR2R0105", null, app, 0, 0, 0, 0,
                    "WasmR2R compilation failed ({0} error(s)).", summary.errors);
            return false;
        }

        string name = Path.GetFileNameWithoutExtension(app);
        var generated = new List<ITaskItem>();
        foreach (string file in new[] { $"{name}.r2r.wasm", "wasmr2r.mjs", $"{name}.mjs" })
        {
            string path = Path.Combine(output, file);
            if (!File.Exists(path))
            {
                Log.LogError(Subcategory, "WR2R0106", null, app, 0, 0, 0, 0,
                    "WasmR2R reported success but did not write {0}.", path);
                continue;
            }
            var item = new TaskItem(path);
            item.SetMetadata("RelativePath", file);
            item.SetMetadata("WasmR2RKind", file.EndsWith(".wasm", StringComparison.Ordinal) ? "Image"
                : file == "wasmr2r.mjs" ? "Loader" : "Runner");
            generated.Add(item);
        }
        GeneratedFiles = generated.ToArray();
        return !Log.HasLoggedErrors;
    }

    private CompileSummary Compile(string app, string[] references, string output, ExceptionHandling eh)
    {
        Utf8String[] refStrings = references.Select(Utf8String.From).ToArray();
        try
        {
            // The references slice is borrowed: the lease owns the native array of string headers and must
            // outlive Create (which copies the request); the strings themselves are freed below.
            using SliceUtf8StringLease lease = SliceUtf8String.From(refStrings);
            var request = new CompileRequest
            {
                app_assembly = Utf8String.From(app),
                references = lease,
                output_directory = Utf8String.From(output),
                options = new CompileOptions
                {
                    composite = Composite,
                    exception_handling = eh,
                    shape = SelfInstalling ? ImageShape.SelfInstalling : ImageShape.Passive,
                    parallelism = (uint)Parallelism,
                    extra_args = Utf8String.From(ExtraArgs ?? ""),
                },
            };
            CompileService service;
            try
            {
                service = CompileService.Create(request);
            }
            finally
            {
                request.Dispose();
            }

            lock (_gate) _service = service;
            try
            {
                if (_cancelRequested) Cancel();
                // Callbacks must never be null and must not throw (exceptions surface only after Run).
                return service.Run(OnDiagnostic, static (_, _) => { });
            }
            finally
            {
                // Never dispose while Run executes; Run has returned here. Cancel() takes the same lock.
                lock (_gate)
                {
                    _disposed = true;
                    service.Dispose();
                    _service = null;
                }
            }
        }
        finally
        {
            foreach (Utf8String s in refStrings) s.Dispose();
        }
    }

    private void OnDiagnostic(Diagnostic d)
    {
        try
        {
            string code = d.code.String;
            string message = d.message.String;
            string assembly = d.assembly.String;
            string method = d.method.String;
            int ilOffset = d.il_offset;
            if (method.Length > 0)
                message = ilOffset >= 0 ? $"{message} [{method} at IL_{ilOffset:x4}]" : $"{message} [{method}]";
            string? file = assembly.Length > 0 ? assembly : null;

            if (d.severity.IsError)
                Log.LogError(Subcategory, code, null, file, 0, 0, 0, 0, "{0}", message);
            else if (d.severity.IsWarning)
                Log.LogWarning(Subcategory, code, null, file, 0, 0, 0, 0, "{0}", message);
            else
                Log.LogMessage(Subcategory, code, null, file, 0, 0, 0, 0,
                    code == "WR2R0010" ? MessageImportance.High : MessageImportance.Low, "{0}", message);
        }
        catch
        {
            // Never let an exception escape into native code.
        }
        finally
        {
            d.Dispose();
        }
    }

    private static string OneLine(string s) =>
        string.Join(" ", s.Split(new[] { '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries)).Trim();

    private static Exception Unwrap(Exception e) =>
        e is TypeInitializationException { InnerException: { } inner } ? Unwrap(inner) : e;

    private static bool IsLoadFailure(Exception e) =>
        Unwrap(e) is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException or TypeLoadException;
}
