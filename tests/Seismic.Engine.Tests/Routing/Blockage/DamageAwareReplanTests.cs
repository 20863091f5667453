using Seismic.Engine.District;
using Seismic.Engine.Routing;
using Seismic.Engine.Routing.Assignment;
using Seismic.Engine.Routing.Blockage;
using static Seismic.Engine.Tests.Routing.Blockage.BlockageTestData;

namespace Seismic.Engine.Tests.Routing.Blockage;

/// <summary>
/// Replanning after damage on a hand-drawn district (metres):
/// <code>
///   (0,100) ─────── loop (10 m) ─────── (200,100)
///      │                                    │
///   (0,0) ── alley (3 m) ── (200,0) ── street (10 m) ── (600,0) [S0] ── east (10 m) ── (800,0) [S1]
///      │
///   spur (3 m) to (−100,0), then a lane (3 m) to (−200,0)
/// </code>
/// Shelters are points 10 m north of (600, 0) and (800, 0). A fragile block beside the alley closes it, another closes
/// the spur, and a small fragile house 2 m from S1 puts S1 within its debris reach. Buildings: R on the loop (detour),
/// T near S1 (sent back to S0), U at the end of the lane (cut off), Q near S0 (unchanged).
/// </summary>
public sealed class DamageAwareReplanTests
{
    private static readonly ShelterSite[] AllSites =
    [
        new("S0", "East square", ShelterCategory.Fixed, 10_000, 3000),
        new("S1", "Street park", ShelterCategory.Fixed, 10_000, 3000),
    ];

    private readonly PedestrianGraph _graph = TestGraphs.Build(
        new TestWay([0, 0, 200, 0]),
        new TestWay([0, 0, 0, 100, 200, 100, 200, 0]),
        new TestWay([200, 0, 600, 0]),
        new TestWay([0, 0, -100, 0]),
        new TestWay([-100, 0, -200, 0]),
        new TestWay([600, 0, 800, 0]));

    private readonly DebrisBuilding[] _buildings =
    [
        Fragile("alley-block", Box(90, 3, 110, 13), 15),
        Fragile("spur-block", Box(-60, 3, -40, 13), 15),
        Fragile("park-house", Box(802, 10, 808, 16), 6),
        Sound("R", Box(-7, 5, -3, 15), 6),
        Sound("T", Box(775, 3, 785, 7), 6),
        Sound("U", Box(-195, 3, -185, 7), 6),
        Sound("Q", Box(495, 3, 505, 7), 6),
    ];

    private readonly BlockageShelter[] _shelters =
    [
        new("S0", Point(600, 10), Flagged: false),
        new("S1", Point(800, 10), Flagged: false),
    ];

    [Fact]
    public void Blockage_ClosesAlleyAndSpur_AndRemovesTheShelterInDebrisReach()
    {
        var blockage = Analyze();

        blockage.ClosedEdges.Select((closed, e) => (closed, e)).Where(p => p.closed).Select(p => _graph.EdgeRoadId(p.e))
            .Should().BeEquivalentTo(new[] { 1L, 4L });
        blockage.RemovedShelters.Should().Equal(false, true);
        blockage.ShelterReasons[1].Should().Be(ShelterClosureReason.Debris);
        blockage.ShelterCause[1].Should().Be(2, "the 6 m house 2 m from the site throws 3 m");
        blockage.DebrisBuildingCount.Should().Be(3);
    }

    [Fact]
    public void RemovedShelter_SendsItsEvacueesToTheNextShelter_AndTheReportCountsEveryChange()
    {
        var blockage = Analyze();
        var before = Plan(_graph, new EdgeSnapper(_graph), AllSites, [0, 1]);
        var damaged = _graph.WithClosedEdges(blockage.ClosedEdges);
        var after = Plan(damaged, new EdgeSnapper(damaged), [AllSites[0]], [0]);

        var changes = PlanComparison.Compare(before, after);

        Part(before, "T").Shelter.Should().Be(1, "S1 is T's nearest shelter before the damage");
        Part(after, "T").Shelter.Should().Be(0);
        Part(before, "T").DistanceM.Should().BeApproximately(5 + 20 + 10, 1e-6, "snap legs of 5 m and 10 m");
        Part(after, "T").DistanceM.Should().BeApproximately(5 + 180 + 10, 1e-6, "from x = 780 back along the street to S0");
        Part(before, "R").DistanceM.Should().BeApproximately(5 + 10 + 200 + 400 + 10, 1e-6);
        Part(after, "R").DistanceM.Should().BeApproximately(5 + 390 + 400 + 10, 1e-6, "the long way round the loop");
        changes.RemovedShelterIds.Should().Equal("S1");
        changes.Buildings.Select(b => (b.BuildingId, b.Kind)).Should().Equal(
            ("R", BuildingChangeKind.Rerouted), ("T", BuildingChangeKind.Reassigned), ("U", BuildingChangeKind.NewlyUnserved));
        changes.Rerouted.Should().Be(2);
        changes.NewlyUnservedPersons.Should().Be(30);
        changes.UnservedBefore.Should().Be(0);
        changes.UnservedAfter.Should().Be(30);
        changes.LongestNewWalk!.BuildingId.Should().Be("R");
        changes.LongestNewWalk.DistanceAfterM.Should().BeApproximately(805, 1e-6);
        changes.Buildings[1].ShelterBefore.Should().Be("S1");
        changes.Buildings[1].ShelterAfter.Should().Be("S0");
        changes.Overloaded.Should().BeEmpty("S0 holds 10,000");
    }

    [Fact]
    public void Comparison_FlagsAShelterWhoseNearestDemandOutgrowsItsCapacity()
    {
        var blockage = Analyze();
        var small = new[] { AllSites[0] with { CapacityPersons = 90 }, AllSites[1] };
        var before = Plan(_graph, new EdgeSnapper(_graph), small, [0, 1]);
        var damaged = _graph.WithClosedEdges(blockage.ClosedEdges);
        var after = Plan(damaged, new EdgeSnapper(damaged), [small[0]], [0]);

        var changes = PlanComparison.Compare(before, after);

        // Before: R, U (via the alley) and Q head for S0 first (10 + 30 + 40 = 80 ≤ 90), T (50) for S1.
        // After: R, T and Q (10 + 50 + 40 = 100 > 90); U is cut off.
        var overload = changes.Overloaded.Should().ContainSingle().Subject;
        overload.ShelterId.Should().Be("S0");
        overload.NearestDemandBefore.Should().Be(80);
        overload.NearestDemandAfter.Should().Be(100);
        overload.LoadAfter.Should().Be(90, "the assignment never exceeds capacity");
        after.UnservedPersons.Should().Be(30 + 10);
    }

    private BlockageResult Analyze() => BlockageAnalyzer.Analyze(
        _graph, Widths(_graph, 3, 10, 10, 3, 3, 10), Structures(_graph), [], _buildings, _shelters);

    private static AllocationPart Part(ShelterAssignment plan, string building) =>
        plan.Parts.Single(p => plan.Problem.Demands[p.Building].BuildingId == building);

    private ShelterAssignment Plan(PedestrianGraph graph, EdgeSnapper snapper, ShelterSite[] sites, int[] shelterIndex)
    {
        var entrances = new RouteSource[sites.Length];
        for (var s = 0; s < sites.Length; s++)
        {
            entrances[s] = new RouteSource(snapper.Snap(_shelters[shelterIndex[s]].MetricSite), s);
        }

        var persons = new Dictionary<string, int> { ["R"] = 10, ["T"] = 50, ["U"] = 30, ["Q"] = 40 };
        var origins = _buildings.Where(b => persons.ContainsKey(b.Id)).Select(b =>
        {
            var c = b.MetricFootprint.Centroid;
            return new EvacueeOrigin(b.Id, "C", persons[b.Id], snapper.Snap(c.X, c.Y));
        }).ToArray();
        return ShelterAssigner.Solve(ShelterAssignmentProblem.FromNetwork(graph, sites, entrances, origins, nearestShelters: 2));
    }
}
