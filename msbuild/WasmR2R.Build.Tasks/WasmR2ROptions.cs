using System;
using System.Globalization;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace WasmR2R.Build.Tasks;

/// <summary>
/// The compile settings, checked once. <see cref="PrepareWasmR2RCompilation"/> parses the project's properties
/// and writes them, normalized, as metadata of the compilation entry; <see cref="WasmR2RCompile"/> reads them
/// back from that metadata. Both go through <see cref="TryParse"/>, so a bad value gets the same error
/// wherever it comes from.
/// </summary>
internal sealed record WasmR2ROptions(
    bool Composite, string ExceptionHandling, bool SelfInstalling, int Parallelism, string ExtraArgs)
{
    public const string Subcategory = "WasmR2R";

    /// <summary>Item metadata names on the compilation entry.</summary>
    public static class Metadata
    {
        public const string OutputDirectory = "WasmR2ROutputDirectory";
        public const string Composite = "WasmR2RComposite";
        public const string ExceptionHandling = "WasmR2RExceptionHandling";
        public const string SelfInstalling = "WasmR2RSelfInstalling";
        public const string Parallelism = "WasmR2RParallelism";
        public const string ExtraArgs = "WasmR2RExtraArgs";
    }

    /// <summary>Checks raw property values; logs WR2R0102/WR2R0103/WR2R0108 and returns null on a bad one.</summary>
    public static WasmR2ROptions? TryParse(TaskLoggingHelper log, string? composite, string? exceptionHandling,
        string? selfInstalling, string? parallelism, string? extraArgs)
    {
        bool ok = true;
        string eh = (exceptionHandling ?? "").Trim().ToLowerInvariant();
        if (eh == "") eh = "legacy";
        if (eh is not ("legacy" or "exnref"))
        {
            log.LogError(Subcategory, "WR2R0102", null, null, 0, 0, 0, 0,
                "Unknown WasmR2RExceptionHandling value '{0}' (expected 'legacy' or 'exnref').", exceptionHandling);
            ok = false;
        }
        int threads = 0;
        if (!string.IsNullOrWhiteSpace(parallelism)
            && (!int.TryParse(parallelism.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out threads)))
        {
            log.LogError(Subcategory, "WR2R0103", null, null, 0, 0, 0, 0,
                "WasmR2RParallelism must be 0 (one thread per core) or a positive number of threads, not '{0}'.",
                parallelism);
            ok = false;
        }
        bool? isComposite = ParseBool(log, "WasmR2RComposite", composite, true);
        bool? isSelfInstalling = ParseBool(log, "WasmR2RSelfInstalling", selfInstalling, false);
        if (!ok || isComposite is null || isSelfInstalling is null) return null;
        return new WasmR2ROptions(isComposite.Value, eh, isSelfInstalling.Value, threads, extraArgs?.Trim() ?? "");
    }

    /// <summary>Reads the options back from a compilation entry written by <see cref="WriteTo"/>.</summary>
    public static WasmR2ROptions? TryRead(TaskLoggingHelper log, ITaskItem entry) =>
        TryParse(log, entry.GetMetadata(Metadata.Composite), entry.GetMetadata(Metadata.ExceptionHandling),
            entry.GetMetadata(Metadata.SelfInstalling), entry.GetMetadata(Metadata.Parallelism),
            entry.GetMetadata(Metadata.ExtraArgs));

    public void WriteTo(ITaskItem entry)
    {
        entry.SetMetadata(Metadata.Composite, Composite ? "true" : "false");
        entry.SetMetadata(Metadata.ExceptionHandling, ExceptionHandling);
        entry.SetMetadata(Metadata.SelfInstalling, SelfInstalling ? "true" : "false");
        entry.SetMetadata(Metadata.Parallelism, Parallelism.ToString(CultureInfo.InvariantCulture));
        entry.SetMetadata(Metadata.ExtraArgs, ExtraArgs);
    }

    /// <summary>One line naming every setting that changes the output (the settings hash covers it).</summary>
    public string Describe() =>
        $"composite={Composite};eh={ExceptionHandling};self-installing={SelfInstalling};extra={ExtraArgs}";

    private static bool? ParseBool(TaskLoggingHelper log, string name, string? value, bool fallback)
    {
        if (string.IsNullOrWhiteSpace(value)) return fallback;
        if (bool.TryParse(value.Trim(), out bool parsed)) return parsed;
        log.LogError(Subcategory, "WR2R0108", null, null, 0, 0, 0, 0,
            "{0} must be 'true' or 'false', not '{1}'.", name, value);
        return null;
    }
}
