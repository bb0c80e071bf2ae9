using System;
using System.IO;
using System.Reflection;
using System.Runtime.InteropServices;
using WasmR2R.Native;

namespace WasmR2R.Build.Tasks;

/// <summary>
/// Points the bindings' <c>[LibraryImport("wasmr2r_native")]</c> at the native library shipped in the package.
/// </summary>
/// <remarks>
/// Why this exists: MSBuild loads task assemblies into its own <c>MSBuildLoadContext</c>, which resolves
/// unmanaged libraries only through an <c>AssemblyDependencyResolver</c>, and only when a
/// <c>&lt;task&gt;.deps.json</c> sits next to the task assembly. Without one, nothing probes the package's
/// <c>runtimes/&lt;rid&gt;/native/</c> folder, and the default probing (app directory = the SDK, then the system
/// loader paths) does not find <c>libwasmr2r_native.so</c>. So we resolve the library ourselves:
/// <list type="number">
/// <item><c>&lt;task dir&gt;/../../runtimes/&lt;rid&gt;/native/&lt;lib&gt;</c> — the package layout
///   (<c>tasks/net8.0/</c> next to <c>runtimes/</c>);</item>
/// <item>the file named by the environment variable <c>WASMR2R_NATIVE_LIBRARY</c> — for development
///   (e.g. <c>target/release/libwasmr2r_native.so</c>);</item>
/// <item>the library next to the task assembly;</item>
/// <item>otherwise the runtime's default probing.</item>
/// </list>
/// </remarks>
internal static class NativeLibraryResolver
{
    public const string EnvironmentVariable = "WASMR2R_NATIVE_LIBRARY";

    private static readonly object Gate = new();
    private static bool _installed;

    /// <summary>The path the library was loaded from (for diagnostics), or null if not loaded yet.</summary>
    public static string? LoadedFrom { get; private set; }

    public static void Install()
    {
        lock (Gate)
        {
            if (_installed) return;
            _installed = true;
            try
            {
                NativeLibrary.SetDllImportResolver(typeof(Interop).Assembly, Resolve);
            }
            catch (InvalidOperationException)
            {
                // A resolver is already set for this assembly (e.g. a second copy of this class); keep it.
            }
        }
    }

    public static string Rid
    {
        get
        {
            string os = OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : "linux";
            string arch = RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant();
            return $"{os}-{arch}";
        }
    }

    public static string FileName(string libraryName) =>
        OperatingSystem.IsWindows() ? $"{libraryName}.dll"
        : OperatingSystem.IsMacOS() ? $"lib{libraryName}.dylib"
        : $"lib{libraryName}.so";

    /// <summary>The candidate paths, in the order they are tried.</summary>
    public static string[] Candidates(string libraryName)
    {
        string taskDir = Path.GetDirectoryName(typeof(NativeLibraryResolver).Assembly.Location) ?? ".";
        string file = FileName(libraryName);
        string packaged = Path.GetFullPath(Path.Combine(taskDir, "..", "..", "runtimes", Rid, "native", file));
        string? fromEnv = Environment.GetEnvironmentVariable(EnvironmentVariable);
        string local = Path.Combine(taskDir, file);
        return string.IsNullOrEmpty(fromEnv) ? new[] { packaged, local } : new[] { packaged, fromEnv, local };
    }

    private static IntPtr Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (libraryName != Interop.NativeLib) return IntPtr.Zero;
        foreach (string candidate in Candidates(libraryName))
        {
            if (File.Exists(candidate) && NativeLibrary.TryLoad(candidate, out IntPtr handle))
            {
                LoadedFrom = candidate;
                return handle;
            }
        }
        return IntPtr.Zero; // fall back to the default probing; a failure surfaces as DllNotFoundException
    }
}
