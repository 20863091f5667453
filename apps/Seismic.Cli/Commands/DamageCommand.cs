using System.CommandLine;
using System.Globalization;
using Seismic.Cli.Infrastructure;
using Seismic.GeoData.OpenQuake;

namespace Seismic.Cli.Commands;

/// <summary>
/// <c>seismic damage --exposure E --fragility F --gmf G --sites S --out OUT.csv</c>: OpenQuake-compatible scenario
/// damage — per asset and damage state, the mean and sample standard deviation over events of the number of
/// buildings in that state.
/// </summary>
internal static class DamageCommand
{
    public static Command Build(CommandContext context)
    {
        var exposure = new Option<string>("--exposure") { Description = "Exposure model: NRML XML or OpenQuake CSV.", Required = true, HelpName = "FILE" };
        var fragility = new Option<string>("--fragility") { Description = "Fragility model: NRML 0.4 or 0.5 XML.", Required = true, HelpName = "FILE" };
        var gmf = new Option<string>("--gmf") { Description = "Ground-motion fields CSV: sid,eid,gmv_PGA[,gmv_SA(0.3)…][,rlzi].", Required = true, HelpName = "FILE" };
        var sites = new Option<string>("--sites") { Description = "Sites CSV: sid (or site_id),lon,lat.", Required = true, HelpName = "FILE" };
        var output = new Option<string>("--out") { Description = "Result CSV: asset_id,damage_state,mean,stddev.", Required = true, HelpName = "OUT.csv" };
        var distance = new Option<double>("--asset-hazard-distance")
        {
            Description = "Assets farther than this from every site (km) get no ground motion and are reported.",
            DefaultValueFactory = _ => 20.0,
            HelpName = "KM",
        };
        var command = new Command("damage", "Scenario damage from OpenQuake exposure, fragility and ground-motion-field files.")
        {
            exposure, fragility, gmf, sites, output, distance,
        };
        command.SetAction(parse =>
        {
            var km = parse.GetValue(distance);
            if (!(km > 0) || double.IsInfinity(km))
            {
                throw new UsageException($"--asset-hazard-distance: {km.ToString(CultureInfo.InvariantCulture)} must be a positive number of kilometres");
            }

            var request = new ScenarioDamageRequest(
                parse.GetValue(exposure)!, parse.GetValue(fragility)!, parse.GetValue(gmf)!, parse.GetValue(sites)!,
                parse.GetValue(output)!, km);
            var result = ScenarioDamageRunner.Run(request);
            foreach (var asset in result.Unassigned)
            {
                context.Error.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"seismic: warning: asset {asset.AssetId} at ({asset.Lon}, {asset.Lat}) has no site within {km} km (nearest {asset.NearestSiteKm:F1} km); left out of the results"));
            }

            context.Out.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"wrote {result.OutputPath}: {result.Assets.Count - result.Unassigned.Count} assets × {result.DamageStates.Count} damage states over {result.EventCount} events; {result.Unassigned.Count} assets without a site"));
            return ExitCodes.Ok;
        });
        return command;
    }
}
