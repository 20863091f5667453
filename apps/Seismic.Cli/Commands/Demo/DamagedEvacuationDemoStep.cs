using Seismic.Cli.Infrastructure;
using Seismic.Cli.Reporting;
using Seismic.Engine.District;
using Seismic.Engine.Routing.Assignment;
using Seismic.Engine.Routing.Blockage;
using Seismic.GeoData.Evacuation;
using Seismic.GeoData.Routing;

namespace Seismic.Cli.Commands.Demo;

/// <summary>
/// The demo's night evacuation plan after its earthquake scenario, as <c>seismic evacuate --scenario</c> makes it:
/// debris from collapse-prone buildings closes narrow streets, shaken bridges and tunnels close, shelters in debris
/// reach are removed, and the plan is solved again on what is left; the section says what changed.
/// </summary>
internal static class DamagedEvacuationDemoStep
{
    private const string Folder = "evacuation-after-earthquake";
    private const int ListedShelters = 5;

    public static void Run(
        CommandContext context, DistrictModel model, string districtPath, string outDir, PedestrianNetwork network, ShelterAssignment plan,
        double clearanceBefore, HtmlReport report)
    {
        var dir = Path.Combine(outDir, Folder);
        EvacuateDamage damage;
        ShelterAssignment after;
        PedestrianNetwork damaged;
        using (context.Progress("evacuation plan after the earthquake"))
        {
            damage = EvacuateDamage.Load(model, Path.Combine(outDir, ScenarioDemoStep.Folder), null)!;
            (damaged, after) = damage.Replan(network, plan, night: true, ShelterAssignmentOptions.Default.NearestShelters, districtPath);
            EvacuationOutput.Write(dir, after, night: true, districtPath, damage.WriteSummarySection);
            damage.Write(dir);
        }

        ClearanceReport clearance;
        using (context.Progress("clearance after the earthquake"))
        {
            var left = damage.Assessment.Model;
            clearance = EvacuationClearance.Plan(after, left.Buildings, left.Shelters, left.Roads, damaged, night: true);
            ClearanceOutput.Write(dir, clearance);
        }

        var graphics = EvacuationGraphics.Prepare(damage.Assessment.Model, null, null);
        graphics.Write(context, damaged, after, night: true, dir, damage.ClosedStreets(), damage.RestrictedStreets());
        var blockage = damage.Assessment.Blockage;
        var changes = damage.Changes;
        var closedBy = damage.ClosedEdgesByReason().Select(p => Inv($"{p.Count:N0} by {DamageOutput.ReasonName(p.Reason).Replace('_', ' ')}"));
        var longest = changes.LongestNewWalk is { } walk
            ? Inv($" The longest new walk is from building {walk.BuildingId} to {walk.ShelterAfter}: {walk.DistanceAfterM:0} m, {walk.WalkAfterS / 60:0.0} min.")
            : string.Empty;
        var places = after.Problem.Shelters.Sum(x => (long)x.CapacityPersons);
        var empty = places - after.ServedPersons;
        var emptyNote = empty > 0 && after.UnservedPersons > 0
            ? Inv($" {empty:N0} places stay empty in shelters that the residents still without a place cannot reach on the streets left open.")
            : string.Empty;
        report.Heading("Evacuation after the earthquake (night)").Paragraph(Inv(
            $"The scenario above leaves {blockage.DebrisBuildingCount:N0} buildings prone to collapse. Their debris (reach 0.5 × height, GB 51143) and the shaking close {blockage.ClosedEdgeCount:N0} street segments ({string.Join(", ", closedBy.DefaultIfEmpty("none"))}) and narrow {blockage.EdgeReasons.Count(r => r == EdgeClosureReason.Narrowed):N0} more{Restricted(blockage.RestrictedEdgeCount)}; {changes.RemovedShelterIds.Count} shelters lie within debris reach and are left out. Solved again, {changes.Rerouted:N0} buildings change route ({changes.Count(BuildingChangeKind.Reassigned):N0} of them to another shelter), {changes.NewlyUnservedPersons:N0} residents who had a place lose it, and {after.ServedPersons:N0} of {after.TotalPersons:N0} residents have one.{longest} Walking this plan on the streets left open, with their capacity, the placed residents clear in {clearance.ClearanceSeconds / 60:0.0} min (before the earthquake: {clearanceBefore / 60:0.0} min).") + emptyNote);
        if (changes.Overloaded.Count > 0)
        {
            report.Table(
                ["shelter overloaded", "nearest-shelter demand before", "after", "places"],
                changes.Overloaded.OrderByDescending(o => o.NearestDemandAfter - o.CapacityPersons).Take(ListedShelters).Select(o => (IReadOnlyList<string>)
                [
                    o.ShelterId, Inv($"{o.NearestDemandBefore:N0}"), Inv($"{o.NearestDemandAfter:N0}"), Inv($"{o.CapacityPersons:N0}"),
                ]));
        }

        report.Image($"{Folder}/{EvacuationGraphics.MapFile}", "Evacuation map after the earthquake (night): the plan on the streets left open; closed street segments dashed black, bridges and tunnels open on part of their width dashed orange");
        foreach (var file in EvacuationOutput.FileNames.Concat(DamageOutput.FileNames).Concat(ClearanceOutput.FileNames))
        {
            report.File($"{Folder}/{file}", "evacuation plan after the earthquake");
        }

        context.Out.WriteLine(Inv(
            $"after the earthquake: {blockage.ClosedEdgeCount:N0} street segments and {changes.RemovedShelterIds.Count} shelters closed; {changes.Rerouted:N0} buildings rerouted, {changes.NewlyUnservedPersons:N0} residents lose their place; clearance {clearance.ClearanceSeconds / 60:0.0} min"));
    }

    private static string Inv(FormattableString text) => FormattableString.Invariant(text);

    // Shaken bridges and tunnels that stay open on part of their width (BlockageOptions.RestrictedWidthFraction).
    private static string Restricted(int edges) =>
        edges == 0 ? string.Empty : Inv($", and keep {edges:N0} bridge and tunnel segments open on {BlockageOptions.Default.RestrictedWidthFraction:0%} of their width until inspected");
}
