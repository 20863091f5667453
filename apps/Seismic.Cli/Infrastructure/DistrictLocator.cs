using System.IO.Compression;
using Seismic.Engine.District;
using Seismic.GeoData;
using Seismic.GeoData.GeoPackage;

namespace Seismic.Cli.Infrastructure;

/// <summary>
/// Finds and loads the district a command works on: <c>--district F</c> when given, else the embedded Haizhu sample
/// (SEISMIC_DISTRICT overrides it). The sample ships gzip-compressed next to the program (data/haizhu.gpkg.gz, from
/// geodata/haizhu/) and is unpacked to data/haizhu.gpkg on first use.
/// </summary>
internal static class DistrictLocator
{
    /// <summary>File name of the embedded sample next to the program.</summary>
    public const string SampleFileName = "haizhu.gpkg";

    /// <summary>The path of the district to use; throws <see cref="GeoDataException"/> when it does not exist.</summary>
    public static string Resolve(string? option)
    {
        var path = option ?? Environment.GetEnvironmentVariable("SEISMIC_DISTRICT") ?? EnsureSampleUnpacked();
        if (!File.Exists(path))
        {
            throw new GeoDataException(path, null, option is null
                ? "the embedded Haizhu sample district is missing; rebuild the command (it ships geodata/haizhu/haizhu.gpkg.gz) or pass --district FILE.gpkg"
                : "file not found; pass an existing district GeoPackage with --district");
        }

        return path;
    }

    /// <summary>Where the unpacked sample lives, next to the program.</summary>
    public static string SamplePath => Path.Combine(AppContext.BaseDirectory, "data", SampleFileName);

    private static string PackedSamplePath => SamplePath + ".gz";

    /// <summary>
    /// Unpacks the compressed sample when the unpacked copy is missing or older than the packed one (a rebuild after
    /// regenerating it), atomically, so a half-unpacked file is never read.
    /// </summary>
    private static string EnsureSampleUnpacked()
    {
        var packed = new FileInfo(PackedSamplePath);
        var unpacked = new FileInfo(SamplePath);
        if (packed.Exists && (!unpacked.Exists || unpacked.LastWriteTimeUtc < packed.LastWriteTimeUtc))
        {
            AtomicFile.WriteStream(SamplePath, output =>
            {
                using var input = new GZipStream(packed.OpenRead(), CompressionMode.Decompress);
                input.CopyTo(output);
            });
        }

        return SamplePath;
    }

    /// <summary>Loads the district with progress.</summary>
    public static DistrictModel Load(CommandContext context, string? option)
    {
        var path = Resolve(option);
        using var progress = context.Progress($"loading {Path.GetFileName(path)}");
        return DistrictGeoPackage.Read(path, progress);
    }
}
