using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Seismic.Cli.Infrastructure;
using Seismic.Engine.District;
using Seismic.Engine.Routing.Assignment;
using Seismic.GeoData.Evacuation;
using Seismic.GeoData.Routing;

namespace Seismic.Cli.Commands;

/// <summary>
/// The congestion part of <c>seismic evacuate</c>: how long the shelter plan takes with street capacity (Capacity
/// Constrained Route Planner, each group bound for the shelter the plan gave it) per community and for the district,
/// clearance.csv and bottlenecks.csv, and a few lines on standard output.
/// </summary>
internal static class EvacuationClearanceReport
{
    private const int ListedBottlenecks = 5;

    /// <summary>
    /// <c>--no-clearance</c>: skip the plan with street capacity. It runs by default: with the plan's destinations fixed
    /// and a one-minute order tolerance it takes seconds on a whole district (about 8 s on the Haizhu sample).
    /// </summary>
    public static Option<bool> Option { get; } = new("--no-clearance")
    {
        Description = "Skip the clearance times with street capacity (CCRP): clearance.csv, bottlenecks.csv.",
    };

    /// <summary>Runs <see cref="Run"/> unless <c>--no-clearance</c> was given.</summary>
    public static void RunIfAsked(
        ParseResult parse, CommandContext context, DistrictModel model, PedestrianNetwork network, ShelterAssignment plan, bool night, string dir)
    {
        if (!parse.GetValue(Option))
        {
            Run(context, model, network, plan, night, dir);
        }
    }

    /// <summary>Plans with congestion on the network the plan was made on (damaged when a scenario closed roads), with
    /// the shelters that plan kept, writes the two files and prints the district figure and the worst streets.</summary>
    public static ClearanceReport Run(
        CommandContext context, DistrictModel model, PedestrianNetwork network, ShelterAssignment plan, bool night, string dir)
    {
        var kept = new HashSet<string>(plan.Problem.Shelters.Select(s => s.Id), StringComparer.Ordinal);
        var shelters = model.Shelters.Where(s => kept.Contains(s.Id)).ToList();
        var clock = Stopwatch.StartNew();
        ClearanceReport report;
        using (context.Progress("planning clearance with street capacity"))
        {
            report = EvacuationClearance.Plan(plan, model.Buildings, shelters, model.Roads, network, night);
        }

        ClearanceOutput.Write(dir, report);
        var c = CultureInfo.InvariantCulture;
        var output = context.Out;
        var schedule = report.Schedule;
        var flow = schedule.Network.Options;
        output.WriteLine(string.Create(c,
            $"clearance with congestion ({flow.SpecificFlowPpsPerM:0.##} persons/(m·s), {flow.StepSeconds:0.#} s steps): district {Minutes(report.ClearanceSeconds)}"
            + $" for {schedule.EvacuatedPersons:N0} persons; {schedule.UnservedPersons + report.UnplannedPersons:N0} without a place in the plan; planned in {clock.Elapsed.TotalSeconds:0.00} s"));
        var slowest = report.Communities.Where(x => !double.IsNaN(x.ClearanceSeconds)).OrderByDescending(x => x.ClearanceSeconds).FirstOrDefault();
        if (slowest is not null)
        {
            output.WriteLine(string.Create(c,
                $"  slowest community: {EvacuateCommand.CommunityLabel(slowest.CommunityCode)} {Minutes(slowest.ClearanceSeconds)}{(slowest.Bottleneck is null ? string.Empty : $", queueing at {slowest.Bottleneck.RoadName}{(slowest.Bottleneck.IntoShelter is null ? string.Empty : " into " + slowest.Bottleneck.IntoShelter)}")}"));
        }

        output.WriteLine(report.Bottlenecks.Count == 0 ? "  no street reached its capacity" : "  bottlenecks (saturated longest):");
        foreach (var row in report.Bottlenecks.Take(ListedBottlenecks))
        {
            output.WriteLine(string.Create(c,
                $"    {row.RoadName}{(row.IntoShelter is null ? string.Empty : $" into {row.IntoShelter}")} (edge {row.Edge}, {row.WidthM:0.#} m, {row.CapacityPps:0.#} persons/s): saturated {Minutes(row.SaturatedSeconds)}, {row.Persons:N0} persons, {row.DelayedPersons:N0} waited {row.MeanWaitSeconds:0} s on average"));
        }

        output.WriteLine($"wrote {string.Join(", ", ClearanceOutput.FileNames)} to {dir}");
        return report;
    }

    private static string Minutes(double seconds) =>
        string.Create(CultureInfo.InvariantCulture, $"{seconds / 60:0.0} min");
}
