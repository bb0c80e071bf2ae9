using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using MSBuildTask = Microsoft.Build.Utilities.Task;

namespace WasmR2R.Build.Tasks;

/// <summary>
/// The plan half of a WasmR2R compilation (in the manner of the SDK's PrepareForReadyToRunCompilation): checks
/// the settings, settles the reference list, names the outputs, and keeps the incremental state honest — all
/// without loading the native compiler, so a bad setting fails before any work and an up-to-date build does no
/// work at all. <see cref="WasmR2RCompile"/> is the execute half.
/// </summary>
public sealed class PrepareWasmR2RCompilation : MSBuildTask
{
    /// <summary>The app's entry assembly (IL).</summary>
    [Required]
    public ITaskItem App { get; set; } = null!;

    /// <summary>
    /// Reference assemblies, in precedence order: when two have the same file name, the later one wins (so the
    /// project's <c>WasmR2RReference</c> items, listed after the runtime pack, replace the pack's copy).
    /// </summary>
    public ITaskItem[] References { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>File names (e.g. <c>System.Xml.dll</c>) to leave out of <see cref="References"/>.</summary>
    public ITaskItem[] Exclude { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>Where the image, loader and runner go.</summary>
    [Required]
    public string OutputDirectory { get; set; } = "";

    public string? Composite { get; set; }
    public string? ExceptionHandling { get; set; }
    public string? SelfInstalling { get; set; }
    public string? Parallelism { get; set; }
    public string? ExtraArgs { get; set; }

    /// <summary>Anything else that changes the output without changing an input file (e.g. the pack version).</summary>
    public string? ExtraSettings { get; set; }

    /// <summary>
    /// A file holding a hash of the settings and the reference list; rewritten only when that hash changes, so it
    /// can be an input of the compile target (property changes are invisible to timestamps).
    /// </summary>
    [Required]
    public string SettingsFile { get; set; } = "";

    /// <summary>
    /// The compile target's output (touched after each successful compile). Deleted here when an expected output
    /// is missing, so deleting the image forces a compile even though the inputs are older than the stamp.
    /// </summary>
    [Required]
    public string StampFile { get; set; } = "";

    /// <summary>The app, with the checked settings and <c>WasmR2ROutputDirectory</c> as metadata.</summary>
    [Output]
    public ITaskItem[] CompilationEntry { get; private set; } = Array.Empty<ITaskItem>();

    /// <summary>The references to compile against, one per file name.</summary>
    [Output]
    public ITaskItem[] ResolvedReferences { get; private set; } = Array.Empty<ITaskItem>();

    /// <summary>The files the compile writes: <c>RelativePath</c> (file name) and <c>WasmR2RKind</c>.</summary>
    [Output]
    public ITaskItem[] GeneratedFiles { get; private set; } = Array.Empty<ITaskItem>();

    public override bool Execute()
    {
        WasmR2ROptions? options = WasmR2ROptions.TryParse(Log, Composite, ExceptionHandling, SelfInstalling,
            Parallelism, ExtraArgs);
        string app = App.GetMetadata("FullPath");
        if (!File.Exists(app))
            Log.LogError(WasmR2ROptions.Subcategory, "WR2R0109", null, app, 0, 0, 0, 0,
                "The app assembly '{0}' does not exist; build the project before WasmR2RCompile runs.", app);
        if (options is null || Log.HasLoggedErrors) return false;

        string output = Path.GetFullPath(OutputDirectory);
        var entry = new TaskItem(app);
        entry.SetMetadata(WasmR2ROptions.Metadata.OutputDirectory, output);
        options.WriteTo(entry);
        CompilationEntry = new ITaskItem[] { entry };

        ResolvedReferences = ResolveReferences(app);

        string name = Path.GetFileNameWithoutExtension(app);
        GeneratedFiles = new[]
        {
            Generated(output, $"{name}.r2r.wasm", "Image"),
            Generated(output, "wasmr2r.mjs", "Loader"),
            Generated(output, $"{name}.mjs", "Runner"),
        };

        string settings = options.Describe() + "\n" + (ExtraSettings ?? "") + "\n"
            + string.Join("\n", ResolvedReferences.Select(r => r.ItemSpec));
        string? missing = GeneratedFiles.Select(f => f.ItemSpec).FirstOrDefault(f => !File.Exists(f));
        try
        {
            WriteIfDifferent(SettingsFile, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(settings))));
            if (missing is not null && File.Exists(StampFile))
            {
                Log.LogMessage(MessageImportance.Low, $"WasmR2R: {missing} is missing; compiling again.");
                File.Delete(StampFile);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Log.LogError(WasmR2ROptions.Subcategory, "WR2R0112", null, null, 0, 0, 0, 0,
                "Cannot update the WasmR2R incremental state in '{0}': {1} Check that the folder is writable " +
                "(WasmR2RIntermediateDir moves it).", Path.GetDirectoryName(Path.GetFullPath(SettingsFile)), e.Message);
        }
        return !Log.HasLoggedErrors;
    }

    private ITaskItem[] ResolveReferences(string app)
    {
        var excluded = new HashSet<string>(Exclude.Select(e => Path.GetFileName(e.ItemSpec)),
            StringComparer.OrdinalIgnoreCase);
        string appName = Path.GetFileName(app);
        // Keyed by file name, in first-seen order; a later item with the same name replaces the earlier one.
        var byName = new Dictionary<string, ITaskItem>(StringComparer.OrdinalIgnoreCase);
        var order = new List<string>();
        var unusedExclusions = new HashSet<string>(excluded, StringComparer.OrdinalIgnoreCase);
        foreach (ITaskItem reference in References)
        {
            string path = reference.GetMetadata("FullPath");
            string fileName = Path.GetFileName(path);
            if (excluded.Contains(fileName))
            {
                unusedExclusions.Remove(fileName);
                continue;
            }
            if (string.Equals(fileName, appName, StringComparison.OrdinalIgnoreCase)) continue;
            if (byName.TryGetValue(fileName, out ITaskItem? earlier))
            {
                if (!string.Equals(earlier.ItemSpec, path, StringComparison.Ordinal))
                    Log.LogMessage(MessageImportance.Low, $"WasmR2R: reference {path} replaces {earlier.ItemSpec}.");
            }
            else
            {
                order.Add(fileName);
            }
            byName[fileName] = new TaskItem(path);
        }
        foreach (string name in unusedExclusions.OrderBy(n => n, StringComparer.Ordinal))
            Log.LogWarning(WasmR2ROptions.Subcategory, "WR2R0111", null, null, 0, 0, 0, 0,
                "WasmR2RExclude names '{0}', which is not among the references; nothing was excluded for it.", name);
        return order.Select(n => byName[n]).ToArray();
    }

    private static ITaskItem Generated(string directory, string file, string kind)
    {
        var item = new TaskItem(Path.Combine(directory, file));
        item.SetMetadata("RelativePath", file);
        item.SetMetadata("WasmR2RKind", kind);
        return item;
    }

    private static void WriteIfDifferent(string path, string contents)
    {
        if (File.Exists(path) && File.ReadAllText(path) == contents) return;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, contents);
    }
}
