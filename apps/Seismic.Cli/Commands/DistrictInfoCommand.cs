using System.CommandLine;
using Seismic.Cli.Infrastructure;
using Seismic.GeoData.Summary;

namespace Seismic.Cli.Commands;

/// <summary><c>seismic district info [--json]</c>: counts, population, area, shelter capacity and CRS.</summary>
internal static class DistrictInfoCommand
{
    public static Command Build(CommandContext context)
    {
        var json = GlobalOptions.Json();
        var command = new Command("info", "Summarise the district: counts, population, area, shelter capacity, CRS.") { json };
        command.SetAction(parse =>
        {
            var model = DistrictLocator.Load(context, parse.GetValue(GlobalOptions.District));
            var summary = DistrictSummaryCalculator.Compute(model);
            if (parse.GetValue(json))
            {
                JsonOutput.Write(context.Out, summary);
            }
            else
            {
                DistrictSummaryText.Write(context.Out, summary);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
