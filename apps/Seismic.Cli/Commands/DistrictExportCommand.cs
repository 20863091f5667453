using System.CommandLine;
using Seismic.Cli.Infrastructure;
using Seismic.GeoData.GeoJson;

namespace Seismic.Cli.Commands;

/// <summary><c>seismic district export --out DIR</c>: every layer of the district as a GeoJSON file.</summary>
internal static class DistrictExportCommand
{
    public static Command Build(CommandContext context)
    {
        var output = new Option<string>("--out") { Description = "Folder to write one GeoJSON file per layer into.", Required = true, HelpName = "DIR" };
        var command = new Command("export", "Export every layer of the district as GeoJSON (WGS84, one file per layer).") { output };
        command.SetAction(parse =>
        {
            var model = DistrictLocator.Load(context, parse.GetValue(GlobalOptions.District));
            var dir = parse.GetValue(output)!;
            using (var progress = context.Progress("exporting GeoJSON"))
            {
                DistrictGeoJson.Export(model, dir, progress);
            }

            foreach (var file in Directory.EnumerateFiles(dir).Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal))
            {
                context.Out.WriteLine(file);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
