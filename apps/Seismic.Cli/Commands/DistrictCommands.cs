using System.CommandLine;
using Seismic.Cli.Infrastructure;

namespace Seismic.Cli.Commands;

/// <summary><c>seismic district info|synth|import-osm|export</c>: the district model and its formats.</summary>
internal static class DistrictCommands
{
    public static Command Build(CommandContext context)
    {
        var district = new Command("district", "The district model: summary, synthetic generation, OpenStreetMap import, GeoJSON export.");
        district.Subcommands.Add(DistrictInfoCommand.Build(context));
        district.Subcommands.Add(DistrictSynthCommand.Build(context));
        district.Subcommands.Add(DistrictImportOsmCommand.Build(context));
        district.Subcommands.Add(DistrictExportCommand.Build(context));
        return district;
    }
}
