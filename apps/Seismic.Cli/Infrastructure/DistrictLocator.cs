using Seismic.Engine.District;
using Seismic.GeoData;
using Seismic.GeoData.GeoPackage;

namespace Seismic.Cli.Infrastructure;

/// <summary>
/// Finds and loads the district a command works on: <c>--district F</c> when given, else the embedded Haizhu sample
/// (shipped next to the program as data/haizhu.gpkg; SEISMIC_DISTRICT overrides it).
/// </summary>
internal static class DistrictLocator
{
    /// <summary>File name of the embedded sample next to the program.</summary>
    public const string SampleFileName = "haizhu.gpkg";

    /// <summary>The path of the district to use; throws <see cref="GeoDataException"/> when it does not exist.</summary>
    public static string Resolve(string? option)
    {
        var path = option ?? Environment.GetEnvironmentVariable("SEISMIC_DISTRICT") ?? SamplePath;
        if (!File.Exists(path))
        {
            throw new GeoDataException(path, null, option is null
                ? "the embedded Haizhu sample district is missing; rebuild the command (it ships geodata/haizhu/haizhu.gpkg) or pass --district FILE.gpkg"
                : "file not found; pass an existing district GeoPackage with --district");
        }

        return path;
    }

    /// <summary>Where the sample ships, next to the program.</summary>
    public static string SamplePath => Path.Combine(AppContext.BaseDirectory, "data", SampleFileName);

    /// <summary>Loads the district with progress.</summary>
    public static DistrictModel Load(CommandContext context, string? option)
    {
        var path = Resolve(option);
        using var progress = context.Progress($"loading {Path.GetFileName(path)}");
        return DistrictGeoPackage.Read(path, progress);
    }
}
