using Seismic.Engine.Routing;

namespace Seismic.Engine.Tests.Routing;

public sealed class BidirectionalSearchTests
{
    [Theory]
    [InlineData(3, RouteMetric.Length)]
    [InlineData(4, RouteMetric.WalkTime)]
    [InlineData(5, RouteMetric.Length)]
    public void RouteBidirectional_EqualsTextbookDijkstra_OnRandomPairs(int seed, RouteMetric metric)
    {
        var graph = TestGraphs.Random(seed, 12);
        var search = new ShortestPathSearch(graph);
        var random = new Random(seed);
        for (var i = 0; i < 40; i++)
        {
            int s = random.Next(graph.NodeCount), t = random.Next(graph.NodeCount);
            var reference = TestGraphs.ReferenceCosts(graph, s, metric)[t];

            var path = search.RouteBidirectional(s, t, metric);

            if (double.IsPositiveInfinity(reference))
            {
                path.Found.Should().BeFalse();
                continue;
            }

            path.Cost.Should().BeApproximately(reference, 1e-9 * Math.Max(1, reference), $"pair {s} → {t}");
            AssertChain(graph, path);
            var along = metric == RouteMetric.Length ? path.DistanceM : path.WalkSeconds;
            along.Should().BeApproximately(reference, 1e-9 * Math.Max(1, reference), "the arcs add up to the cost");
        }
    }

    [Fact]
    public void RouteBidirectional_EqualsAStar_BetweenPointsOnEdges()
    {
        var graph = TestGraphs.Random(11, 10);
        var snapper = new EdgeSnapper(graph);
        var search = new ShortestPathSearch(graph);
        var random = new Random(11);
        for (var i = 0; i < 60; i++)
        {
            var start = snapper.Snap(random.NextDouble() * 1000, random.NextDouble() * 1000);
            var end = i % 10 == 0
                ? start with { OffsetM = start.OffsetM * 0.5 }
                : snapper.Snap(random.NextDouble() * 1000, random.NextDouble() * 1000);

            var expected = search.Route(start, end, RouteMetric.WalkTime);
            var actual = search.RouteBidirectional(start, end, RouteMetric.WalkTime);

            actual.Found.Should().Be(expected.Found);
            if (expected.Found)
            {
                actual.Cost.Should().BeApproximately(expected.Cost, 1e-9 * Math.Max(1, expected.Cost));
                actual.DistanceM.Should().BeApproximately(expected.DistanceM, 1e-6);
            }
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void RouteBidirectional_EqualsAStar_OnTheHandDrawnNetworks(bool bridgeVertexOverRoad)
    {
        foreach (var graph in new[] { PedestrianGraphBuilderTests.SquareWithDiagonal(), PedestrianGraphBuilderTests.BridgeOverRoad(bridgeVertexOverRoad) })
        {
            var search = new ShortestPathSearch(graph);
            for (var s = 0; s < graph.NodeCount; s++)
            {
                for (var t = 0; t < graph.NodeCount; t++)
                {
                    var expected = search.Route(s, t);
                    var actual = search.RouteBidirectional(s, t);

                    actual.Found.Should().Be(expected.Found);
                    actual.DistanceM.Should().BeApproximately(expected.DistanceM, 1e-9);
                    AssertChain(graph, actual);
                }
            }
        }
    }

    [Fact]
    public void RouteBidirectional_ReturnsNoRoute_BetweenComponents()
    {
        var graph = TestGraphs.Build(new TestWay([0, 0, 100, 0]), new TestWay([0, 50, 100, 50]));
        var search = new ShortestPathSearch(graph);

        var path = search.RouteBidirectional(TestGraphs.Node(graph, 0, 0), TestGraphs.Node(graph, 100, 50));

        path.Found.Should().BeFalse();
        path.DistanceM.Should().Be(double.PositiveInfinity);
    }

    // The arcs form a walk from StartNode to EndNode.
    private static void AssertChain(PedestrianGraph graph, in PathResult path)
    {
        if (!path.Found || path.StartNode < 0)
        {
            return;
        }

        var node = path.StartNode;
        foreach (var arc in path.Arcs)
        {
            arc.Should().BeInRange(graph.FirstArc(node), graph.FirstArc(node + 1) - 1, "each arc leaves the node the last one reached");
            node = graph.ArcTarget(arc);
        }

        node.Should().Be(path.EndNode);
    }
}
