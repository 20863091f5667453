using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using NetTopologySuite.Geometries;
using Seismic.Cli.Infrastructure;
using Seismic.Engine.District;
using Seismic.Engine.Routing.Assignment;
using Seismic.Engine.Routing.Blockage;
using Seismic.GeoData.Evacuation;
using Seismic.GeoData.Routing;

namespace Seismic.Cli.Commands;

/// <summary>
/// The damage-aware part of <c>seismic evacuate</c>: <c>--scenario DIR</c> (a <c>seismic scenario</c> output folder:
/// debris from collapse-prone buildings, bridges and tunnels shaken beyond their thresholds) and <c>--closures FILE</c>
/// (given road and shelter closures). Both inputs are read and checked before anything is computed or written; the
/// plan files then hold the damage-aware plan, and closures.csv, changes.csv and summary.json's <c>damage</c> section
/// say what changed against the undamaged plan.
/// </summary>
internal sealed class EvacuateDamage
{
    private const int ListedRows = 5;

    private readonly DistrictModel _model;
    private readonly ScenarioBuildingDamage[]? _damage;
    private readonly GivenClosures? _given;
    private readonly string? _scenario;
    private readonly string? _closures;
    private readonly BlockageOptions _options = BlockageOptions.Default;
    private DamageAssessment? _assessment;
    private PlanChanges? _changes;

    private EvacuateDamage(DistrictModel model, string? scenario, string? closures)
    {
        _model = model;
        _scenario = scenario;
        _closures = closures;
        _damage = scenario is null ? null : ScenarioDamageReader.Read(scenario, model);
        _given = closures is null ? null : GivenClosuresReader.Read(closures, model);
    }

    public static Option<string?> ScenarioOption() => new("--scenario")
    {
        Description = "Output folder of `seismic scenario` for this district: close roads in the debris reach of collapse-prone buildings, shaken bridges and tunnels, and shelters near collapse-prone buildings; replan and report the changes.",
        HelpName = "DIR",
    };

    public static Option<string?> ClosuresOption() => new("--closures")
    {
        Description = "CSV of given closures (columns road_id and/or shelter_id, optional reason), applied with or without --scenario.",
        HelpName = "FILE",
    };

    /// <summary>Reads and checks the damage inputs; null when neither option is given.</summary>
    public static EvacuateDamage? Load(DistrictModel model, string? scenario, string? closures) =>
        scenario is null && closures is null ? null : new EvacuateDamage(model, scenario, closures);

    /// <summary>Closes what the damage closes and solves the assignment again on what is left.</summary>
    public (PedestrianNetwork Network, ShelterAssignment Result) Replan(
        PedestrianNetwork network, ShelterAssignment undamaged, bool night, int nearest, string districtPath)
    {
        var assessment = DamageAwareEvacuation.Assess(_model, network, _damage, _given, _options);
        if (assessment.Model.Shelters.Count == 0)
        {
            throw new UsageException($"every one of the {_model.Shelters.Count} shelters is closed by the damage or the given closures: there is no plan to make");
        }

        var (result, widened) = EvacuationProblem.Solve(assessment.Model, assessment.Network, night, nearest, Path.GetFileName(districtPath));
        NearestShelters = widened;
        _assessment = assessment;
        _changes = PlanComparison.Compare(undamaged, result);
        return (assessment.Network, result);
    }

    /// <summary>The k the damage-aware plan was solved with (after <see cref="Replan"/>): wider than asked when closed
    /// streets left places empty while people went without.</summary>
    public int NearestShelters { get; private set; }

    /// <summary>What the damage closes (after <see cref="Replan"/>).</summary>
    public DamageAssessment Assessment => _assessment ?? throw new InvalidOperationException("Replan first");

    /// <summary>What the damage changed in the plan (after <see cref="Replan"/>).</summary>
    public PlanChanges Changes => _changes ?? throw new InvalidOperationException("Replan first");

    /// <summary>Closed road edges per reason that closed any (after <see cref="Replan"/>).</summary>
    public IEnumerable<(EdgeClosureReason Reason, int Count)> ClosedEdgesByReason()
    {
        var reasons = Assessment.Blockage.EdgeReasons;
        return Enum.GetValues<EdgeClosureReason>()
            .Where(r => r.IsClosure())
            .Select(r => (Reason: r, Count: reasons.Count(x => x == r)))
            .Where(p => p.Count > 0);
    }

    /// <summary>The closed street segments as WGS84 lines, for the map (after <see cref="Replan"/>).</summary>
    public IReadOnlyList<LineString> ClosedStreets()
    {
        var closed = Assessment.Blockage.ClosedEdges;
        return Streets(e => closed[e]);
    }

    /// <summary>The bridge and tunnel segments left open on part of their width, as WGS84 lines (after
    /// <see cref="Replan"/>).</summary>
    public IReadOnlyList<LineString> RestrictedStreets()
    {
        var reasons = Assessment.Blockage.EdgeReasons;
        return Streets(e => reasons[e].IsRestriction());
    }

    private List<LineString> Streets(Func<int, bool> selected)
    {
        var graph = Assessment.Network.Graph;
        var lines = new List<LineString>();
        for (var e = 0; e < graph.EdgeCount; e++)
        {
            if (!selected(e))
            {
                continue;
            }

            var first = graph.FirstPoint(e);
            var coordinates = new Coordinate[graph.FirstPoint(e + 1) - first];
            for (var i = 0; i < coordinates.Length; i++)
            {
                coordinates[i] = new Coordinate(graph.PointLon(first + i), graph.PointLat(first + i));
            }

            lines.Add(DistrictGeometry.Factory.CreateLineString(coordinates));
        }

        return lines;
    }

    /// <summary>The summary.json section (after <see cref="Replan"/>).</summary>
    public void WriteSummarySection(Utf8JsonWriter json) =>
        DamageOutput.WriteSummary(json, _assessment!, _changes!, _scenario, _closures, _options);

    /// <summary>Writes closures.csv and changes.csv (after <see cref="Replan"/>).</summary>
    public void Write(string dir) => DamageOutput.Write(dir, _model, _assessment!, _changes!);

    /// <summary>Prints what the damage changed.</summary>
    public void Print(TextWriter output, string dir)
    {
        var c = CultureInfo.InvariantCulture;
        var blockage = _assessment!.Blockage;
        var changes = _changes!;
        var byReason = ClosedEdgesByReason().Select(p => string.Create(c, $"{DamageOutput.ReasonName(p.Reason)} {p.Count}"));
        output.WriteLine(string.Create(c,
            $"damage: {blockage.DebrisBuildingCount:N0} collapse-prone buildings; {blockage.ClosedEdgeCount:N0} road edges closed "
            + $"({DamageOutput.ClosedRoadCount(_assessment):N0} roads: {string.Join(", ", byReason.DefaultIfEmpty("none"))}), "
            + $"{blockage.EdgeReasons.Count(r => r == EdgeClosureReason.Narrowed):N0} narrowed, "
            + $"{blockage.RestrictedEdgeCount:N0} bridge and tunnel edges restricted to part of their width"));
        output.WriteLine(string.Create(c,
            $"  shelters removed: {changes.RemovedShelterIds.Count}{(changes.RemovedShelterIds.Count > 0 ? " (" + string.Join(", ", changes.RemovedShelterIds.Take(10)) + ")" : string.Empty)}"));
        output.WriteLine(string.Create(c,
            $"  buildings rerouted: {changes.Rerouted:N0} ({changes.Count(BuildingChangeKind.Rerouted):N0} detoured, {changes.Count(BuildingChangeKind.Reassigned):N0} sent to another shelter); "
            + $"newly unserved: {changes.NewlyUnservedPersons:N0} persons in {changes.Count(BuildingChangeKind.NewlyUnserved):N0} buildings"));
        if (changes.LongestNewWalk is { } longest)
        {
            output.WriteLine(string.Create(c,
                $"  longest new walk: building {longest.BuildingId} → {longest.ShelterAfter}, {longest.DistanceAfterM:0} m, {longest.WalkAfterS / 60:0.0} min"));
        }

        output.WriteLine(string.Create(c, $"  shelters overloaded (nearest-shelter demand above capacity): {changes.Overloaded.Count}"));
        foreach (var o in changes.Overloaded.OrderByDescending(o => o.NearestDemandAfter - o.CapacityPersons).Take(ListedRows))
        {
            output.WriteLine(string.Create(c, $"    {o.ShelterId}: {o.NearestDemandAfter:N0} nearest / {o.CapacityPersons:N0} places (before {o.NearestDemandBefore:N0})"));
        }

        output.WriteLine($"wrote {string.Join(", ", DamageOutput.FileNames)} to {dir}");
    }
}
