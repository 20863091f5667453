using Seismic.Cli.Infrastructure;
using Seismic.Cli.Reporting;
using Seismic.Engine.District;
using Seismic.Engine.Routing.Assignment;
using Seismic.GeoData.Evacuation;
using Seismic.GeoData.Routing;

namespace Seismic.Cli.Commands.Demo;

/// <summary>
/// The demo's evacuation plan for the night case: every building's residents assigned to shelters within capacity
/// (min-cost flow on walking time), and the communities with the largest shortfall.
/// </summary>
internal static class EvacuationDemoStep
{
    private const string Folder = "evacuation";

    public static void Run(CommandContext context, DistrictModel model, string districtPath, string outDir, HtmlReport report)
    {
        ShelterAssignment result;
        using (context.Progress("evacuation plan"))
        {
            var network = PedestrianNetwork.FromDistrict(model, null, districtPath);
            var problem = EvacuationProblem.Build(
                model, network, night: true, ShelterAssignmentOptions.Default.NearestShelters, Path.GetFileName(districtPath));
            result = ShelterAssigner.Solve(problem);
            EvacuationOutput.Write(Path.Combine(outDir, Folder), result, night: true, districtPath);
        }

        var names = model.Communities.ToDictionary(c => c.Code, c => c.Name, StringComparer.Ordinal);
        report.Heading("Evacuation to shelters (night)").Paragraph(Inv(
            $"{result.TotalPersons:N0} residents; {result.ServedPersons:N0} have a shelter place within capacity ({result.OverRadiusPersons:N0} of them beyond the GB 50413 service radius); {result.UnservedPersons:N0} have none. Shelters are assigned by minimum total walking time (1.1 m/s) among each building's {ShelterAssignmentOptions.Default.NearestShelters} nearest shelters; large buildings may be split between shelters."));
        report.Table(
            ["community", "residents", "served", "beyond radius", "no place", "shortfall"],
            result.Communities.OrderByDescending(c => c.Shortfall).Take(10).Select(c => (IReadOnlyList<string>)
            [
                names.GetValueOrDefault(c.CommunityCode, c.CommunityCode), Inv($"{c.Persons:N0}"), Inv($"{c.Served:N0}"),
                Inv($"{c.OverRadius:N0}"), Inv($"{c.Unserved:N0}"), Inv($"{c.Shortfall:N0}"),
            ]));
        foreach (var file in new[] { "plan.csv", "shelters.csv", "communities.csv", "summary.json" })
        {
            report.File($"{Folder}/{file}", "evacuation plan");
        }

        context.Out.WriteLine(Inv($"evacuation (night): {result.ServedPersons:N0} of {result.TotalPersons:N0} residents placed, {result.UnservedPersons:N0} without a shelter place"));
    }

    private static string Inv(FormattableString text) => FormattableString.Invariant(text);
}
