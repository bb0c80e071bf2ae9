using System;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using WasmR2R.Native;
using MSBuildTask = Microsoft.Build.Utilities.Task;

namespace WasmR2R.Build.Tasks;

/// <summary>
/// The execute half of a WasmR2R compilation: compiles the app and its references into one WasmR2R image
/// (<c>&lt;App&gt;.r2r.wasm</c>) plus the loader (<c>wasmr2r.mjs</c>) and runner (<c>&lt;App&gt;.mjs</c>),
/// in-process through <c>libwasmr2r_native</c>. <see cref="PrepareWasmR2RCompilation"/> plans it: the entry's
/// metadata carries the checked settings and the output directory.
/// </summary>
public sealed class WasmR2RCompile : MSBuildTask, ICancelableTask
{
    private const string Subcategory = WasmR2ROptions.Subcategory;

    static WasmR2RCompile()
    {
        // Must run before anything touches WasmR2R.Native.Interop (its static constructor calls the library).
        NativeLibraryResolver.Install();
    }

    /// <summary>The app's entry assembly, as <see cref="PrepareWasmR2RCompilation"/> wrote it.</summary>
    [Required]
    public ITaskItem CompilationEntry { get; set; } = null!;

    /// <summary>Reference assemblies (files) or directories whose assemblies are all references.</summary>
    public ITaskItem[] References { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The files the compile must leave behind (from the plan); checked after a successful run.</summary>
    [Required]
    public ITaskItem[] GeneratedFiles { get; set; } = Array.Empty<ITaskItem>();

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
        WasmR2ROptions? options = WasmR2ROptions.TryRead(Log, CompilationEntry);
        if (options is null) return false;

        string app = CompilationEntry.GetMetadata("FullPath");
        string output = CompilationEntry.GetMetadata(WasmR2ROptions.Metadata.OutputDirectory);
        if (output.Length == 0)
        {
            Log.LogError(Subcategory, "WR2R0106", null, app, 0, 0, 0, 0,
                "The compilation entry has no {0} metadata; run PrepareWasmR2RCompilation first.",
                WasmR2ROptions.Metadata.OutputDirectory);
            return false;
        }
        string[] references = References.Select(r => r.GetMetadata("FullPath")).Distinct(StringComparer.Ordinal).ToArray();

        Log.LogMessage(MessageImportance.Normal,
            $"WasmR2R: compiling {app} with {references.Length} reference(s) into {output} " +
            $"({options.Describe()}, parallelism={options.Parallelism})");

        CompileSummary summary;
        try
        {
            summary = Compile(app, references, output, options);
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

        foreach (ITaskItem file in GeneratedFiles.Where(f => !File.Exists(f.ItemSpec)))
            Log.LogError(Subcategory, "WR2R0106", null, app, 0, 0, 0, 0,
                "WasmR2R reported success but did not write {0}.", file.ItemSpec);
        return !Log.HasLoggedErrors;
    }

    private CompileSummary Compile(string app, string[] references, string output, WasmR2ROptions options)
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
                    composite = options.Composite,
                    exception_handling = options.ExceptionHandling == "exnref"
                        ? Native.ExceptionHandling.Exnref
                        : Native.ExceptionHandling.Legacy,
                    shape = options.SelfInstalling ? ImageShape.SelfInstalling : ImageShape.Passive,
                    parallelism = (uint)options.Parallelism,
                    extra_args = Utf8String.From(options.ExtraArgs),
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
                return service.Run(OnDiagnostic, OnProgress);
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

    // The last tenth of the work logged, of which total; the native side serializes callbacks, so no lock.
    private int _loggedTenth = -1;
    private uint _loggedTotal;

    /// <summary>
    /// Logs every tenth of the work at low importance. The steps are the inputs checked, then the methods compiled:
    /// the total grows once, when the compiler knows the methods, and the tenths start over.
    /// </summary>
    private void OnProgress(uint done, uint total)
    {
        try
        {
            if (total != _loggedTotal) (_loggedTotal, _loggedTenth) = (total, -1);
            int tenth = total == 0 ? 10 : (int)(10UL * done / total);
            if (tenth <= _loggedTenth) return;
            _loggedTenth = tenth;
            Log.LogMessage(MessageImportance.Low, $"WasmR2R: {done} of {total} steps ({tenth * 10}%)");
        }
        catch
        {
            // Never let an exception escape into native code.
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
