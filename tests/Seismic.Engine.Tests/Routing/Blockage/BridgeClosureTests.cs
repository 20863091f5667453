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
        closed.ClosedEdges.Should().Equal(given);
        closed.EdgeReasons[EdgesOf(_graph, 1)[0]].Should().Be(EdgeClosureReason.Given);
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
