// The metadata oracle: System.Reflection.Metadata's view of .NET assemblies, printed as the JSON
// described in ../FACTS.md, so that a test can compare it with our own reader's output.
//
//   MetadataOracle facts <file-or-dir>...
//   MetadataOracle bench <file-or-dir>... [--iterations N]

using System;
using System.Collections.Generic;
using System.IO;

namespace MetadataOracle;

internal static class Program
{
    private const string Usage =
        "usage: MetadataOracle facts <file-or-dir>...\n" +
        "       MetadataOracle bench <file-or-dir>... [--iterations N]";

    private static int Main(string[] args)
    {
        if (args.Length == 0)
        {
            return UsageError(null);
        }

        switch (args[0])
        {
            case "facts":
            {
                var inputs = new List<string>();
                for (int i = 1; i < args.Length; i++)
                {
                    inputs.Add(args[i]);
                }

                if (inputs.Count == 0)
                {
                    return UsageError("facts: no inputs given");
                }

                return FactsCommand.Run(Inputs.Enumerate(inputs));
            }

            case "bench":
            {
                var inputs = new List<string>();
                int iterations = 10;
                for (int i = 1; i < args.Length; i++)
                {
                    if (args[i] == "--iterations")
                    {
                        if (i + 1 >= args.Length || !int.TryParse(args[i + 1], out iterations) || iterations < 1)
                        {
                            return UsageError("bench: --iterations needs a positive integer");
                        }

                        i++;
                    }
                    else if (args[i].StartsWith("--iterations=", StringComparison.Ordinal))
                    {
                        if (!int.TryParse(args[i].AsSpan("--iterations=".Length), out iterations) || iterations < 1)
                        {
                            return UsageError("bench: --iterations needs a positive integer");
                        }
                    }
                    else
                    {
                        inputs.Add(args[i]);
                    }
                }

                if (inputs.Count == 0)
                {
                    return UsageError("bench: no inputs given");
                }

                return Bench.Run(Inputs.Enumerate(inputs), iterations);
            }

            case "-h":
            case "--help":
            case "help":
                Console.Out.WriteLine(Usage);
                return 0;

            default:
                return UsageError($"unknown command '{args[0]}'");
        }
    }

    private static int UsageError(string? message)
    {
        if (message != null)
        {
            Console.Error.WriteLine("MetadataOracle: " + message);
        }

        Console.Error.WriteLine(Usage);
        return 2;
    }
}

/// <summary>Turns the command line's files and directories into the run's list of files.</summary>
internal static class Inputs
{
    /// <summary>
    /// A directory contributes its <c>*.dll</c> files (not recursive); anything else is taken as a file
    /// (a path that does not exist becomes an error line later). The whole list is sorted ordinally by
    /// full path; each entry keeps the spelling it was enumerated with.
    /// </summary>
    public static List<string> Enumerate(IEnumerable<string> args)
    {
        var files = new List<(string Full, string Path)>();
        foreach (string arg in args)
        {
            if (Directory.Exists(arg))
            {
                foreach (string f in Directory.EnumerateFiles(arg, "*", SearchOption.TopDirectoryOnly))
                {
                    if (f.EndsWith(".dll", StringComparison.Ordinal))
                    {
                        files.Add((Path.GetFullPath(f), f));
                    }
                }
            }
            else
            {
                files.Add((Path.GetFullPath(arg), arg));
            }
        }

        files.Sort(static (a, b) =>
        {
            int c = string.CompareOrdinal(a.Full, b.Full);
            return c != 0 ? c : string.CompareOrdinal(a.Path, b.Path);
        });

        var result = new List<string>(files.Count);
        foreach (var f in files)
        {
            result.Add(f.Path);
        }

        return result;
    }
}
