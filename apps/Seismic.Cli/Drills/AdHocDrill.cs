using System.Globalization;
using Seismic.Cli.Infrastructure;
using Seismic.Drills.Plans;
using Seismic.Engine.District;

namespace Seismic.Cli.Drills;

/// <summary>An evacuation drill for one community starting now (<c>drill run --community NAME --now</c>, the demo).</summary>
internal static class AdHocDrill
{
    public const string DefaultScenario = "Mw 6.0，震中位于辖区东南15公里 / Mw 6.0, 15 km SE";

    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <summary>Plans the drill with each building's shelter from the evacuation plan (night occupancy after 19:00).</summary>
    public static DrillPlan Plan(CommandContext context, DistrictModel model, string districtPath, string community)
    {
        var targets = DrillRoutes.Resolve(model, [community], "--community");
        var start = DateTimeOffset.UtcNow.AddMinutes(1);
        var local = TimeZoneInfo.ConvertTime(start, Shanghai).DateTime;
        local = new DateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, 0, DateTimeKind.Unspecified).AddMinutes(1);
        IReadOnlyList<BuildingRoute> routes;
        using (context.Progress("routing every target building to its shelter"))
        {
            routes = DrillRoutes.FromEvacuationPlan(model, districtPath, local.Hour is < 7 or >= 19, [targets[0].Code]);
        }

        var request = new DrillPlanRequest(
            string.Create(CultureInfo.InvariantCulture, $"D{local:yyyyMMdd-HHmm}-{targets[0].Code}"), $"{targets[0].Name}地震应急疏散演练",
            DrillKind.EvacuationDrill, [targets[0].Name], local, DefaultScenario, routes)
        {
            // Run at once: the announcement and reminder are kept although their planned times have passed, and go out
            // just before the alarm.
            KeepPastEarlyInjects = true,
        };
        var planned = DrillPlanner.Plan(request, model.Communities.Select(c => c.Name).ToList(), DateTimeOffset.UtcNow);
        return planned.IsSuccess ? planned.Plan! : throw new UsageException("drill plan: " + planned.Message);
    }
}
