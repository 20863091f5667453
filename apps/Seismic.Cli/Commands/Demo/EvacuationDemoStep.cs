using Seismic.Cli.Infrastructure;
using Seismic.Cli.Reporting;
using Seismic.Engine.District;
using Seismic.Engine.Routing.Assignment;
using Seismic.GeoData.Evacuation;
using Seismic.GeoData.Routing;

namespace Seismic.Cli.Commands.Demo;

/// <summary>
/// The demo's evacuation plan for the night case: every building's residents assigned to shelters within capacity
/// (min-cost flow on walking time), the communities with the largest shortfall, and how long the plan takes with street
/// capacity (clearance time and bottleneck streets).
/// </summary>
internal static class EvacuationDemoStep
{
    /// <summary>The plan's folder in the demo output.</summary>
    internal const string Folder = "evacuation";

    private const int ListedBottlenecks = 5;

    /// <summary>The district's demonstration community for earthquake disaster reduction (MISSION.md).</summary>
    private const string DemonstrationCommunity = "青凤社区";

    /// <summary>Plans, writes the files and adds the section; returns the network, the plan and its clearance time for
    /// the damaged replan.</summary>
    public static (PedestrianNetwork Network, ShelterAssignment Plan, double ClearanceSeconds) Run(
        CommandContext context, DistrictModel model, string districtPath, string outDir, HtmlReport report)
    {
        ShelterAssignment result;
        PedestrianNetwork network;
        using (context.Progress("evacuation plan"))
        {
            network = PedestrianNetwork.FromDistrict(model, null, districtPath);
            (result, _) = EvacuationProblem.Solve(
                model, network, night: true, ShelterAssignmentOptions.Default.NearestShelters, Path.GetFileName(districtPath));
            EvacuationOutput.Write(Path.Combine(outDir, Folder), result, night: true, districtPath);
        }

        var names = model.Communities.ToDictionary(c => c.Code, c => c.Name, StringComparer.Ordinal);
        var places = result.Problem.Shelters.Sum(x => (long)x.CapacityPersons);
        var capacityNote = places < result.TotalPersons
            ? Inv($" The shelters hold {places:N0} places, {100.0 * places / Math.Max(1, result.TotalPersons):0.0} % of the residents: at least {result.TotalPersons - places:N0} cannot be placed by any plan, however the routes are drawn — the district needs more shelter places.")
            : string.Empty;
        report.Heading("Evacuation to shelters (night)").Paragraph(Inv(
            $"{result.TotalPersons:N0} residents; {result.ServedPersons:N0} have a shelter place within capacity ({result.OverRadiusPersons:N0} of them beyond the GB 50413 service radius); {result.UnservedPersons:N0} have none. Shelters are assigned by minimum total walking time (1.1 m/s) among each building's {ShelterAssignmentOptions.Default.NearestShelters} nearest shelters; large buildings may be split between shelters.") + capacityNote);
        report.Table(
            ["community", "residents", "served", "beyond radius", "no place", "shortfall"],
            result.Communities.OrderByDescending(c => c.Shortfall).Take(10).Select(c => (IReadOnlyList<string>)
            [
                names.GetValueOrDefault(c.CommunityCode, c.CommunityCode), Inv($"{c.Persons:N0}"), Inv($"{c.Served:N0}"),
                Inv($"{c.OverRadius:N0}"), Inv($"{c.Unserved:N0}"), Inv($"{c.Shortfall:N0}"),
            ]));
        AddGraphics(context, model, network, result, outDir, report);
        foreach (var file in new[] { "plan.csv", "shelters.csv", "communities.csv", "summary.json" })
        {
            report.File($"{Folder}/{file}", "evacuation plan");
        }

        context.Out.WriteLine(Inv($"evacuation (night): {result.ServedPersons:N0} of {result.TotalPersons:N0} residents placed, {result.UnservedPersons:N0} without a shelter place"));
        var clearance = AddClearance(context, model, network, result, outDir, report, names);
        return (network, result, clearance);
    }

    /// <summary>How long the plan takes when the streets' capacity makes people queue: district and community clearance
    /// times and the streets where they queue longest.</summary>
    private static double AddClearance(
        CommandContext context, DistrictModel model, PedestrianNetwork network, ShelterAssignment plan, string outDir, HtmlReport report,
        Dictionary<string, string> names)
    {
        ClearanceReport clearance;
        using (context.Progress("clearance with street capacity"))
        {
            clearance = EvacuationClearance.Plan(plan, model.Buildings, model.Shelters, model.Roads, network, night: true);
            ClearanceOutput.Write(Path.Combine(outDir, Folder), clearance);
        }

        var flow = clearance.Schedule.Network.Options;
        report.Heading("Clearance time with street capacity").Paragraph(Inv(
            $"Walking the plan above with each street passing at most {flow.SpecificFlowPpsPerM:0.#} persons per metre of width per second (Capacity Constrained Route Planner, {flow.StepSeconds:0} s steps), the last of the {clearance.Schedule.EvacuatedPersons:N0} placed residents reaches their shelter after {clearance.ClearanceSeconds / 60:0.0} min. The streets below queue longest: widening them, or opening more gates into the shelters they lead to, shortens the evacuation."));
        report.Table(
            ["street", "into shelter", "width (m)", "persons/s", "persons through", "saturated (min)", "mean wait (min)"],
            clearance.Bottlenecks.Take(ListedBottlenecks).Select(b => (IReadOnlyList<string>)
            [
                b.RoadName, b.IntoShelter ?? "—", Inv($"{b.WidthM:0.#}"), Inv($"{b.CapacityPps:0.#}"), Inv($"{b.Persons:N0}"), Inv($"{b.SaturatedSeconds / 60:0.0}"),
                Inv($"{b.MeanWaitSeconds / 60:0.0}"),
            ]));
        report.Table(
            ["community (slowest)", "residents", "placed", "clearance (min)", "queues longest at"],
            clearance.Communities.Where(c => !double.IsNaN(c.ClearanceSeconds)).OrderByDescending(c => c.ClearanceSeconds).Take(ListedBottlenecks)
                .Select(c => (IReadOnlyList<string>)
                [
                    names.GetValueOrDefault(c.CommunityCode, c.CommunityCode), Inv($"{c.Persons:N0}"), Inv($"{c.Evacuated:N0}"),
                    Inv($"{c.ClearanceSeconds / 60:0.0}"), c.Bottleneck?.RoadName ?? "—",
                ]));
        foreach (var file in ClearanceOutput.FileNames)
        {
            report.File($"{Folder}/{file}", "clearance with street capacity");
        }

        context.Out.WriteLine(Inv($"clearance (night): {clearance.ClearanceSeconds / 60:0.0} min for the {clearance.Schedule.EvacuatedPersons:N0} placed residents"));
        return clearance.ClearanceSeconds;
    }

    /// <summary>
    /// The evacuation map and one example emergency card: for the demonstration community 青凤社区 where the district
    /// has it, else for the community with the most residents placed in a shelter.
    /// </summary>
    private static void AddGraphics(CommandContext context, DistrictModel model, PedestrianNetwork network, ShelterAssignment result, string outDir, HtmlReport report)
    {
        var example = model.Communities.FirstOrDefault(c => c.Name == DemonstrationCommunity)?.Code
            ?? result.Communities.OrderByDescending(c => c.Served).ThenBy(c => c.CommunityCode, StringComparer.Ordinal)
                .Select(c => c.CommunityCode).FirstOrDefault(code => model.Communities.Any(c => c.Code == code));
        var graphics = EvacuationGraphics.Prepare(model, example is null ? null : "community", example);
        var files = graphics.Write(context, network, result, night: true, Path.Combine(outDir, Folder));
        report.Image($"{Folder}/{EvacuationGraphics.MapFile}",
            "Evacuation map (night): buildings by their walk to the assigned shelter, red where someone has no place; shelters sized by capacity and coloured by load; one sample route per community");
        foreach (var file in files)
        {
            if (file.EndsWith(".png", StringComparison.Ordinal) && file != EvacuationGraphics.MapFile)
            {
                var name = model.Communities.First(c => c.Code == example).Name;
                report.Image($"{Folder}/{file}", $"Example emergency card (防震减灾应急卡), A5: {name} — route to its main shelter, walking times, assembly point, what to take, emergency numbers");
            }
            else if (file.EndsWith(".pdf", StringComparison.Ordinal))
            {
                report.File($"{Folder}/{file}", "the example emergency card as a printable A5 PDF");
            }
        }
    }

    private static string Inv(FormattableString text) => FormattableString.Invariant(text);
}
