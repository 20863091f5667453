using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Seismic.Cli.Infrastructure;
using Seismic.Engine.Routing.Assignment;
using Seismic.GeoData.Evacuation;
using Seismic.GeoData.Routing;

namespace Seismic.Cli.Commands;

/// <summary>
/// <c>seismic evacuate [--district F] [--night] [--k N] [--scenario DIR] [--closures FILE] --out DIR</c>: assigns
/// every building's occupants to shelters
/// within their capacities, minimising total walking time and keeping walks within the GB 50413 service radius where
/// capacity allows; writes plan.csv, shelters.csv, communities.csv and summary.json and prints a short summary.
/// Buildings in a network component without a shelter are named on standard error, never dropped silently.
/// With a scenario or given closures the plan is made on the damaged network (see <see cref="EvacuateDamage"/>).
/// </summary>
internal static class EvacuateCommand
{
    private const int ListedRows = 5;

    public static Command Build(CommandContext context)
    {
        var night = new Option<bool>("--night") { Description = "Night case: occupants at night (default: day)." };
        var k = new Option<int>("--k")
        {
            Description = "Shelters considered per building: its k nearest by walking time, widened while places stay empty and people go without.",
            DefaultValueFactory = _ => ShelterAssignmentOptions.Default.NearestShelters,
            HelpName = "N",
        };
        var output = new Option<string>("--out") { Description = "Folder for plan.csv, shelters.csv, communities.csv, summary.json.", Required = true, HelpName = "DIR" };
        var scenario = EvacuateDamage.ScenarioOption();
        var closures = EvacuateDamage.ClosuresOption();
        var cards = new Option<string?>("--cards") { Description = "Also write A5 emergency cards (PNG each, one PDF) per building or community.", HelpName = "building|community" };
        cards.AcceptOnlyFromAmong("building", "community");
        var cardIds = new Option<string?>("--card-ids") { Description = "Only these building ids or community codes, separated by commas.", HelpName = "ID,..." };
        var command = new Command("evacuate", "Capacitated shelter assignment: per-building plan, shelter loads, community shortfall, evacuation map, emergency cards.")
        {
            night, k, output, scenario, closures, cards, cardIds, EvacuationClearanceReport.Option,
        };
        command.SetAction(parse =>
        {
            var nearest = parse.GetValue(k);
            if (nearest < 1)
            {
                throw new UsageException($"--k must be at least 1; got {nearest.ToString(CultureInfo.InvariantCulture)}");
            }

            var district = parse.GetValue(GlobalOptions.District);
            var path = DistrictLocator.Resolve(district);
            var model = DistrictLocator.Load(context, district);
            var damage = EvacuateDamage.Load(model, parse.GetValue(scenario), parse.GetValue(closures));
            var graphics = EvacuationGraphics.Prepare(model, parse.GetValue(cards), parse.GetValue(cardIds));
            var isNight = parse.GetValue(night);
            var clock = Stopwatch.StartNew();
            ShelterAssignment result;
            PedestrianNetwork network;
            int used;
            using (context.Progress("assigning shelters"))
            {
                network = PedestrianNetwork.FromDistrict(model, null, path);
                (result, used) = EvacuationProblem.Solve(model, network, isNight, nearest, Path.GetFileName(path));
                if (damage is not null)
                {
                    (network, result) = damage.Replan(network, result, isNight, nearest, path);
                    used = damage.NearestShelters;
                }
            }

            var seconds = clock.Elapsed.TotalSeconds;
            var dir = parse.GetValue(output)!;
            EvacuationOutput.Write(dir, result, isNight, path, damage is null ? null : damage.WriteSummarySection);
            damage?.Write(dir);
            var cutOff = EvacuationOutput.UnreachableComponents(result);
            foreach (var group in cutOff.Take(ListedRows))
            {
                var where = group.Component < 0 ? "off the walkable network" : $"in network component {group.Component}, which has no shelter";
                context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"seismic: warning: {group.BuildingIds.Count} buildings ({group.Persons} persons) {where}: "
                    + $"{string.Join(", ", group.BuildingIds.Take(10))}{(group.BuildingIds.Count > 10 ? ", …" : string.Empty)}; unserved (see summary.json)"));
            }

            if (cutOff.Count > ListedRows)
            {
                context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"seismic: warning: and {cutOff.Count - ListedRows} more network components without a shelter ({cutOff.Skip(ListedRows).Sum(g => g.Persons):N0} persons); all are listed in summary.json"));
            }

            WriteSummary(context.Out, result, isNight, dir, seconds, nearest, used);

            damage?.Print(context.Out, dir);
            EvacuationClearanceReport.RunIfAsked(parse, context, model, network, result, isNight, dir);
            context.Out.WriteLine($"wrote {EvacuationGraphics.Describe(graphics.Write(context, network, result, isNight, dir, damage?.ClosedStreets(), damage?.RestrictedStreets()))} to {dir}");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>How far buildings and shelters are from the street network, and where the road layer may lack lanes.</summary>
    private static void WriteNetworkAccess(TextWriter output, NetworkAccessSummary access)
    {
        if (access.Buildings == 0)
        {
            return;
        }

        var c = CultureInfo.InvariantCulture;
        var far = access.BuildingsFar == 0
            ? string.Create(c, $"none farther than {NetworkAccessSummary.FarM:0} m")
            : string.Create(c,
                $"{access.BuildingsFar:N0} farther than {NetworkAccessSummary.FarM:0} m (farthest {access.FarthestBuildingId}, {access.MaxM:N0} m): check the road layer there");
        output.WriteLine(string.Create(c,
            $"  buildings to the walkable network: median {access.MedianM:0} m, 95% within {access.Percentile95M:0} m; {far}"));
        if (access.SheltersFar.Count > 0)
        {
            var listed = access.SheltersFar.Take(ListedRows)
                .Select(s => double.IsNaN(s.SnapM) ? $"{s.Id} (no access)" : string.Create(c, $"{s.Id} {s.SnapM:N0} m"));
            var more = access.SheltersFar.Count > ListedRows ? $" and {access.SheltersFar.Count - ListedRows} more" : string.Empty;
            output.WriteLine(string.Create(c,
                $"  shelters farther than {NetworkAccessSummary.FarM:0} m from the walkable network: {string.Join(", ", listed)}{more}"));
        }
    }

    /// <summary>A community code for the console; buildings outside any community (an OpenStreetMap district has no
    /// communities) are grouped under an empty code.</summary>
    internal static string CommunityLabel(string code) => code.Length == 0 ? "(no community)" : code;

    private static void WriteSummary(TextWriter output, ShelterAssignment result, bool night, string dir, double seconds, int asked, int used)
    {
        var c = CultureInfo.InvariantCulture;
        var total = Math.Max(1, result.TotalPersons);
        output.WriteLine(string.Create(c,
            $"evacuation ({(night ? "night" : "day")}): {result.TotalPersons:N0} persons in {result.Problem.Demands.Count:N0} buildings, "
            + $"{result.Problem.Shelters.Count} shelters ({result.Problem.Shelters.Sum(s => (long)s.CapacityPersons):N0} places); solved in {seconds:0.00} s"));
        var places = result.Problem.Shelters.Sum(s => (long)s.CapacityPersons);
        if (result.TotalPersons == 0)
        {
            // Said first and plainly: an empty plan must not read as a district where everyone is served.
            var column = night ? "occupants_night" : "occupants_day";
            output.WriteLine(
                $"  no building has {(night ? "night" : "day")} occupants recorded, so this plan places nobody: fill {column} with `seismic survey import` (an OpenStreetMap import carries none)");
        }

        if (places < result.TotalPersons)
        {
            // Said first and plainly: no routing can place more people than the shelters hold.
            output.WriteLine(string.Create(c,
                $"  shelter places for only {100.0 * places / total:0.0}% of these persons: at least {result.TotalPersons - places:N0} cannot be placed by any plan; the district needs more shelter places"));
        }

        if (used > asked)
        {
            output.WriteLine(string.Create(c,
                $"  k widened from {asked} to {used}: with {asked} nearest shelters per building, places stayed empty while people went without"));
        }

        output.WriteLine(string.Create(c,
            $"  served {result.ServedPersons:N0} ({100.0 * result.ServedPersons / total:0.0}%), of whom {result.OverRadiusPersons:N0} beyond the service radius; "
            + $"unserved {result.UnservedPersons:N0}"));
        foreach (var reason in Enum.GetValues<UnservedReason>())
        {
            var persons = result.Unserved.Where(u => u.Reason == reason).Sum(u => (long)u.Persons);
            if (persons > 0)
            {
                output.WriteLine(string.Create(c, $"    {EvacuationOutput.ReasonName(reason)}: {persons:N0}"));
            }
        }

        var splits = result.Parts.GroupBy(p => p.Building).Count(g => g.Count() > 1);
        output.WriteLine(string.Create(c, $"  buildings split between shelters: {splits:N0}"));
        WriteNetworkAccess(output, NetworkAccessSummary.Of(result.Problem));
        output.WriteLine("  busiest shelters:");
        foreach (var s in Enumerable.Range(0, result.Problem.Shelters.Count)
                     .OrderByDescending(s => (double)result.ShelterLoads[s] / result.Problem.Shelters[s].CapacityPersons)
                     .Take(ListedRows))
        {
            var shelter = result.Problem.Shelters[s];
            output.WriteLine(string.Create(c,
                $"    {shelter.Id} {shelter.Name}: {result.ShelterLoads[s]:N0} / {shelter.CapacityPersons:N0} ({100.0 * result.ShelterLoads[s] / shelter.CapacityPersons:0}%)"));
        }

        var worst = result.Communities.Where(x => x.Shortfall > 0).OrderByDescending(x => x.Shortfall).Take(ListedRows).ToList();
        if (result.TotalPersons > 0)
        {
            output.WriteLine(worst.Count == 0 ? "  every community is served within the service radius" : "  worst communities (shortfall = unserved + beyond radius):");
        }

        foreach (var row in worst)
        {
            output.WriteLine(string.Create(c,
                $"    {CommunityLabel(row.CommunityCode)}: shortfall {row.Shortfall:N0} of {row.Persons:N0} (unserved {row.Unserved:N0}, beyond radius {row.OverRadius:N0})"));
        }

        output.WriteLine($"wrote {string.Join(", ", EvacuationOutput.FileNames)} to {dir}");
    }
}
