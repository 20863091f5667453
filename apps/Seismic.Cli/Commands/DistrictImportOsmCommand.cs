using System.CommandLine;
using System.Globalization;
using Seismic.Cli.Infrastructure;
using Seismic.GeoData.GeoPackage;
using Seismic.GeoData.Osm;

namespace Seismic.Cli.Commands;

/// <summary>
/// <c>seismic district import-osm FILE.osm(.pbf) --out F.gpkg</c>: roads usable on foot, buildings, shelters and
/// assembly points from OpenStreetMap into a district GeoPackage.
/// </summary>
internal static class DistrictImportOsmCommand
{
    public static Command Build(CommandContext context)
    {
        var input = new Argument<string>("osm") { Description = "OpenStreetMap file: .osm.pbf or .osm (XML).", HelpName = "FILE" };
        var output = new Option<string>("--out") { Description = "GeoPackage to write.", Required = true, HelpName = "FILE.gpkg" };
        var json = GlobalOptions.Json();
        var command = new Command("import-osm", "Import an OpenStreetMap extract (.osm.pbf or .osm) into a district GeoPackage.")
        {
            input, output, json,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(input)!;
            var target = parse.GetValue(output)!;
            OsmImportResult result;
            using (var progress = context.Progress($"importing {Path.GetFileName(path)}"))
            {
                result = OsmDistrictImporter.Import(path, progress: progress);
            }

            using (var progress = context.Progress($"writing {Path.GetFileName(target)}"))
            {
                DistrictGeoPackage.Write(result.Model, target, progress);
            }

            if (parse.GetValue(json))
            {
                JsonOutput.Write(context.Out, result.Report);
            }
            else
            {
                var m = result.Model;
                context.Out.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"wrote {target}: {m.Roads.Count:N0} roads, {m.Buildings.Count:N0} buildings, {m.Shelters.Count:N0} shelters, {m.AssemblyPoints.Count:N0} assembly points"));
                context.Out.WriteLine(result.Report.ToString());
                var unsized = m.Shelters.Count(s => s.CapacityPersons <= 0);
                if (unsized > 0)
                {
                    // seismic evacuate refuses a shelter without capacity rather than plan around it unseen.
                    context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"shelters without capacity: {unsized:N0}, mapped as points (amenity=shelter) with no site area; set capacity_persons in the shelters layer, or remove them, before `seismic evacuate`"));
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
