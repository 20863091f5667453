using System.IO.Compression;
using System.Runtime.CompilerServices;

namespace Seismic.Benchmarks;

/// <summary>Files of this repository (the committed sample district), found by walking up to Seismic.sln.</summary>
public static class RepositoryFiles
{
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (System.IO.File.Exists(Path.Combine(dir.FullName, "Seismic.sln")))
                {
                    return dir.FullName;
                }
            }

            // Built into another folder (--artifacts-path): the sources this was compiled from are two levels below
            // the root.
            var compiled = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(SourceFile())!, "..", ".."));
            if (System.IO.File.Exists(Path.Combine(compiled, "Seismic.sln")))
            {
                return compiled;
            }

            throw new DirectoryNotFoundException($"no Seismic.sln above {AppContext.BaseDirectory} or at {compiled}");
        }
    }

    /// <summary>The committed sample, unpacked once into the temp folder (it is stored gzip-compressed).</summary>
    public static string HaizhuSample
    {
        get
        {
            var packed = Path.Combine(Root, "geodata", "haizhu", "haizhu.gpkg.gz");
            var unpacked = Path.Combine(Path.GetTempPath(), $"seismic-bench-haizhu-{new FileInfo(packed).Length}.gpkg");
            if (!System.IO.File.Exists(unpacked))
            {
                using var input = new GZipStream(System.IO.File.OpenRead(packed), CompressionMode.Decompress);
                using var output = System.IO.File.Create(unpacked);
                input.CopyTo(output);
            }

            return unpacked;
        }
    }

    private static string SourceFile([CallerFilePath] string path = "") => path;
}
