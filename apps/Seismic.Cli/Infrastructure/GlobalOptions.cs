using System.CommandLine;

namespace Seismic.Cli.Infrastructure;

/// <summary>Options every command accepts.</summary>
internal static class GlobalOptions
{
    /// <summary><c>--district F</c>: another district GeoPackage instead of the embedded Haizhu sample.</summary>
    public static Option<string?> District { get; } = new("--district")
    {
        Description = "District GeoPackage to use (default: the embedded Haizhu sample).",
        Recursive = true,
        HelpName = "FILE.gpkg",
    };

    /// <summary><c>--json</c>: machine-readable output on stdout.</summary>
    public static Option<bool> Json() => new("--json") { Description = "Write the result as JSON on stdout." };
}
