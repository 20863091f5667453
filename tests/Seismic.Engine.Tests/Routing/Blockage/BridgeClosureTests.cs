using Seismic.Engine.Routing;
using Seismic.Engine.Routing.Blockage;
using static Seismic.Engine.Tests.Routing.Blockage.BlockageTestData;

namespace Seismic.Engine.Tests.Routing.Blockage;

/// <summary>
/// A bridge (layer 1) from S (100, −100) to N (100, 100) passes over a street (layer 0) from W (0, 0) to (300, 0)
/// with a vertex under it at (100, 0) but no junction; a detour runs S → (300, −100) → (300, 0) → (300, 100) → N.
/// </summary>
public sealed class BridgeClosureTests
{
    private readonly PedestrianGraph _graph = TestGraphs.Build(
        new TestWay([100, -100, 100, 0, 100, 100], Layer: 1),
        new TestWay([0, 0, 100, 0, 300, 0]),
        new TestWay([100, -100, 300, -100, 300, 0]),
        new TestWay([300, 0, 300, 100, 100, 100]));

    [Fact]
    public void Route_CrossesBridge_ButNeverDropsOntoTheStreetBelow()
    {
        var search = new ShortestPathSearch(_graph);
        int s = TestGraphs.Node(_graph, 100, -100), n = TestGraphs.Node(_graph, 100, 100), w = TestGraphs.Node(_graph, 0, 0);

        search.Route(s, n).DistanceM.Should().BeApproximately(200, 1e-9, "straight over the bridge");
        search.Route(s, w).DistanceM.Should().BeApproximately(200 + 100 + 300, 1e-9,
            "the street below is reached only round the detour, not at the crossing");
    }

    [Fact]
    public void Route_AvoidsClosedBridge_WithTheKnownDetour_WhenPgaAtTheBridgeExceedsItsThreshold()
    {
        // Buildings next to the bridge's south end (0.35 g) and far east (0.05 g): the nearest gives the bridge's PGA.
        var buildings = new[] { Sound("near", Box(110, -60, 120, -50), 6, pgaG: 0.35), Sound("far", Box(400, 0, 410, 10), 6, pgaG: 0.05) };

        var blockage = BlockageAnalyzer.Analyze(
            _graph, Widths(_graph, 12, 10, 10, 10), Structures(_graph, 1), [], buildings, [], BlockageOptions.Default);

        var bridge = EdgesOf(_graph, 1);
        bridge.Should().ContainSingle();
        blockage.ClosedEdges[bridge[0]].Should().BeTrue();
        blockage.EdgeReasons[bridge[0]].Should().Be(EdgeClosureReason.Bridge);
        blockage.EdgePgaG[bridge[0]].Should().BeApproximately(0.35, 1e-12);
        blockage.ClosedEdgeCount.Should().Be(1, "nothing else is a bridge and no building sheds debris");
        var damaged = _graph.WithClosedEdges(blockage.ClosedEdges);
        var route = new ShortestPathSearch(damaged).Route(TestGraphs.Node(damaged, 100, -100), TestGraphs.Node(damaged, 100, 100));
        route.Found.Should().BeTrue();
        route.DistanceM.Should().BeApproximately(200 + 100 + 100 + 200, 1e-9, "round by (300, −100) and (300, 100)");
        route.Arcs.Select(damaged.ArcEdge).Should().NotContain(bridge[0]);
    }

    [Fact]
    public void Bridge_StaysOpen_BelowItsThreshold_AndGivenClosuresCloseIt()
    {
        var buildings = new[] { Sound("near", Box(110, -60, 120, -50), 6, pgaG: 0.29) };
        var widths = Widths(_graph, 12, 10, 10, 10);
        var structures = Structures(_graph, 1);

        var open = BlockageAnalyzer.Analyze(_graph, widths, structures, [], buildings, []);
        var given = new bool[_graph.EdgeCount];
        given[EdgesOf(_graph, 1)[0]] = true;
        var closed = BlockageAnalyzer.Analyze(_graph, widths, structures, given, [], []);

        open.ClosedEdgeCount.Should().Be(0);
        open.EdgePgaG[EdgesOf(_graph, 1)[0]].Should().BeApproximately(0.29, 1e-12);
        open.EdgeReasons[EdgesOf(_graph, 1)[0]].Should().Be(EdgeClosureReason.BridgeRestricted, "0.29 g is above the 0.20 g restriction");
        open.ClearWidthM[EdgesOf(_graph, 1)[0]].Should().Be(6, "half of its 12 m");
        closed.ClosedEdges.Should().Equal(given);
        closed.EdgeReasons[EdgesOf(_graph, 1)[0]].Should().Be(EdgeClosureReason.Given);
    }

    [Theory]
    [InlineData(0.15, 12, "None", 12)]
    [InlineData(0.20, 12, "BridgeRestricted", 6)]
    [InlineData(0.20, 2, "BridgeRestricted", 1.5)]
    [InlineData(0.20, 1.2, "BridgeRestricted", 1.2)]
    [InlineData(0.30, 12, "Bridge", 12)]
    public void ShakenBridge_IsRestrictedToPartOfItsWidth_BetweenTheTwoThresholds(double pgaG, double widthM, string reason, double clearM)
    {
        // Half the width, but never less than the 1.5 m a stretcher team needs, nor more than the bridge has.
        var buildings = new[] { Sound("near", Box(110, -60, 120, -50), 6, pgaG) };

        var blockage = BlockageAnalyzer.Analyze(_graph, Widths(_graph, widthM, 10, 10, 10), Structures(_graph, 1), [], buildings, []);

        var bridge = EdgesOf(_graph, 1)[0];
        blockage.EdgeReasons[bridge].Should().Be(Enum.Parse<EdgeClosureReason>(reason));
        blockage.ClearWidthM[bridge].Should().Be(clearM);
        blockage.RestrictedEdgeCount.Should().Be(reason == "BridgeRestricted" ? 1 : 0);
        blockage.ClosedEdges[bridge].Should().Be(reason == "Bridge");
    }

    [Fact]
    public void WithClosedEdges_NarrowsOpenEdgesToTheirClearWidth_ForStreetCapacity()
    {
        var graph = _graph;
        var clear = Enumerable.Range(0, graph.EdgeCount).Select(graph.EdgeWidthM).ToArray();
        var bridge = EdgesOf(graph, 1)[0];
        var street = EdgesOf(graph, 2)[0];
        var closedEdge = EdgesOf(graph, 3)[0];
        var width = graph.EdgeWidthM(bridge);
        clear[bridge] = width / 2;
        clear[street] = graph.EdgeWidthM(street) + 4;
        clear[closedEdge] = -4;
        var closed = new bool[graph.EdgeCount];
        closed[closedEdge] = true;

        var damaged = graph.WithClosedEdges(closed, clear);

        damaged.EdgeWidthM(bridge).Should().Be(width / 2);
        damaged.EdgeWidthM(street).Should().Be(graph.EdgeWidthM(street), "a clear width never widens an edge");
        damaged.EdgeWidthM(closedEdge).Should().Be(graph.EdgeWidthM(closedEdge), "a closed edge keeps its width");
        damaged.IsEdgeClosed(closedEdge).Should().BeTrue();
        damaged.WithClosedEdges(new bool[graph.EdgeCount]).EdgeWidthM(bridge).Should().Be(width / 2, "closures accumulate, widths carry over");
        Seismic.Engine.Routing.Flow.EvacuationNetwork.FromGraph(damaged).CapacityPps(bridge).Should().BeApproximately(
            Seismic.Engine.Routing.Flow.EvacuationNetwork.FromGraph(graph).CapacityPps(bridge) / 2, 1e-12);
        new ShortestPathSearch(damaged).Route(TestGraphs.Node(damaged, 100, -100), TestGraphs.Node(damaged, 100, 100)).DistanceM
            .Should().BeApproximately(200, 1e-9, "widths do not change routes");
    }

    [Fact]
    public void WithClosedEdges_KeepsEdgeIndices_AndSplitsComponents()
    {
        var closed = new bool[_graph.EdgeCount];
        foreach (var e in EdgesOf(_graph, 3))
        {
            closed[e] = true;
        }

        closed[EdgesOf(_graph, 1)[0]] = true;
        var damaged = _graph.WithClosedEdges(closed);

        damaged.EdgeCount.Should().Be(_graph.EdgeCount);
        damaged.ClosedEdgeCount.Should().Be(2);
        damaged.ArcCount.Should().Be(2 * (_graph.EdgeCount - 2));
        damaged.IsEdgeClosed(EdgesOf(_graph, 1)[0]).Should().BeTrue();
        damaged.Component(TestGraphs.Node(damaged, 100, -100)).Should().NotBe(damaged.Component(TestGraphs.Node(damaged, 100, 100)));
        _graph.ComponentCount.Should().Be(1, "the original graph is unchanged");
        new ShortestPathSearch(damaged).Route(TestGraphs.Node(damaged, 100, -100), TestGraphs.Node(damaged, 100, 100)).Found.Should().BeFalse();
    }
}
