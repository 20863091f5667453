using System.Runtime.CompilerServices;

namespace Seismic.Functional.Tests.Osm;

/// <summary>
/// Finds the real OpenStreetMap extracts in shared/osm: under $SEISMIC_SHARED when set, else in the first folder
/// named shared (holding osm/) above the test binaries, else above this source file (builds with an artifacts folder
/// elsewhere). A missing extract fails the test with every path looked at.
/// </summary>
internal static class SharedOsmFiles
{
    public static string Path(string fileName, [CallerFilePath] string sourceFile = "")
    {
        var looked = new List<string>();
        var env = Environment.GetEnvironmentVariable("SEISMIC_SHARED");
        if (!string.IsNullOrEmpty(env))
        {
            var candidate = System.IO.Path.Combine(env, "osm", fileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }

            looked.Add(candidate + " (from SEISMIC_SHARED)");
        }

        var roots = new[] { AppContext.BaseDirectory, System.IO.Path.GetDirectoryName(sourceFile) ?? string.Empty };
        foreach (var root in roots)
        {
            if (root.Length > 0 && Above(root, fileName, looked) is { } found)
            {
                return found;
            }
        }

        var where = looked.Count > 0
            ? "looked at " + string.Join("; ", looked)
            : $"no shared/osm folder in or above {string.Join(" or ", roots)}, and SEISMIC_SHARED is not set";
        throw new FileNotFoundException(
            $"real-data extract osm/{fileName} is missing: {where}. Put the extract there or set SEISMIC_SHARED to the folder holding osm/.",
            fileName);
    }

    private static string? Above(string start, string fileName, List<string> looked)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var osm = System.IO.Path.Combine(dir.FullName, "shared", "osm");
            if (!Directory.Exists(osm))
            {
                continue;
            }

            var candidate = System.IO.Path.Combine(osm, fileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }

            looked.Add(candidate);
        }

        return null;
    }
}
