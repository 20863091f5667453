using Seismic.Engine.District;
using Seismic.Engine.Routing;

namespace Seismic.Engine.Tests.Routing;

public sealed class ShortestPathSearchTests
{
    [Fact]
    public void Route_TakesTheDiagonal_AcrossSquare()
    {
        var graph = PedestrianGraphBuilderTests.SquareWithDiagonal();
        var search = new ShortestPathSearch(graph);

        var path = search.Route(TestGraphs.Node(graph, 0, 0), TestGraphs.Node(graph, 100, 100));

        path.Found.Should().BeTrue();
        path.DistanceM.Should().BeApproximately(100 * Math.Sqrt(2), 1e-9);
        path.WalkSeconds.Should().BeApproximately(100 * Math.Sqrt(2) / 1.1, 1e-9);
        path.Arcs.Should().HaveCount(1);
        var lonLat = graph.PathLonLat(path);
        lonLat.Should().HaveCount(4);
        lonLat[2].Should().BeApproximately(100 * TestGraphs.DegreesPerMetre, 1e-12);
    }

    [Fact]
    public void Route_GoesAroundSquare_BetweenAdjacentCornersWithoutDiagonal()
    {
        var graph = PedestrianGraphBuilderTests.SquareWithDiagonal();
        var search = new ShortestPathSearch(graph);

        var path = search.Route(TestGraphs.Node(graph, 100, 0), TestGraphs.Node(graph, 0, 100));

        path.DistanceM.Should().BeApproximately(200, 1e-9, "two sides; the diagonal does not touch these corners");
        path.Arcs.Should().HaveCount(2);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Route_DetoursAroundBridge_InsteadOfJumpingDownOntoRoadBelow(bool bridgeVertexOverRoad)
    {
        var graph = PedestrianGraphBuilderTests.BridgeOverRoad(bridgeVertexOverRoad);
        var search = new ShortestPathSearch(graph);

        var path = search.Route(TestGraphs.Node(graph, 0, 0), TestGraphs.Node(graph, 100, 50));

        // W → E 200 m, ramp E → S √(100² + 50²), bridge S → N 100 m; a false junction would give 150 m.
        path.DistanceM.Should().BeApproximately(200 + Math.Sqrt(12_500) + 100, 1e-9);
    }

    [Fact]
    public void Route_PrefersLongerFlatWay_ForWalkTime_AndStepsForLength()
    {
        var graph = TestGraphs.Build(
            new TestWay([0, 0, 100, 0], RoadClass.Steps),
            new TestWay([0, 0, 50, 50, 100, 0]));
        var search = new ShortestPathSearch(graph);
        int a = TestGraphs.Node(graph, 0, 0), b = TestGraphs.Node(graph, 100, 0);

        var shortest = search.Route(a, b, RouteMetric.Length);
        var fastest = search.Route(a, b, RouteMetric.WalkTime);

        shortest.DistanceM.Should().BeApproximately(100, 1e-9);
        shortest.WalkSeconds.Should().BeApproximately(200 / 1.1, 1e-9);
        fastest.DistanceM.Should().BeApproximately(100 * Math.Sqrt(2), 1e-9);
        fastest.Cost.Should().BeApproximately(100 * Math.Sqrt(2) / 1.1, 1e-9);
    }

    [Fact]
    public void Route_ReturnsNoRoute_BetweenDisconnectedComponents()
    {
        var graph = TestGraphs.Build(new TestWay([0, 0, 100, 0]), new TestWay([0, 50, 100, 50]));
        var search = new ShortestPathSearch(graph);

        var path = search.Route(TestGraphs.Node(graph, 0, 0), TestGraphs.Node(graph, 100, 50));

        graph.ComponentCount.Should().Be(2);
        path.Found.Should().BeFalse();
        path.DistanceM.Should().Be(double.PositiveInfinity);
        graph.PathLonLat(path).Should().BeEmpty();
    }

    [Fact]
    public void Route_BetweenSnappedPoints_IncludesPartialEdgesAndSnapLegs()
    {
        var graph = PedestrianGraphBuilderTests.SquareWithDiagonal();
        var snapper = new EdgeSnapper(graph);
        var search = new ShortestPathSearch(graph);

        // (30, −5) snaps to the bottom side 30 m from (0,0); (−4, 70) to the left side 70 m up.
        var path = search.Route(snapper.Snap(30, -5), snapper.Snap(-4, 70));

        path.DistanceM.Should().BeApproximately(5 + 30 + 70 + 4, 1e-9);
        path.StartNode.Should().Be(TestGraphs.Node(graph, 0, 0));
        var lonLat = graph.PathLonLat(path);
        lonLat.Should().Equal([30e-5, 0, 0, 0, 0, 70e-5], (x, y) => Math.Abs(x - y) < 1e-12);
    }

    [Fact]
    public void Route_WalksAlongOneEdge_WhenBothPointsAreOnIt()
    {
        var graph = TestGraphs.Build(new TestWay([0, 0, 100, 0, 100, 300]));
        var snapper = new EdgeSnapper(graph);
        var search = new ShortestPathSearch(graph);

        var path = search.Route(snapper.Snap(80, 2), snapper.Snap(97, 150));

        path.DistanceM.Should().BeApproximately(2 + 20 + 150 + 3, 1e-9);
        path.StartNode.Should().Be(-1);
        graph.PathLonLat(path).Should().HaveCount(6, "start, the bend at (100, 0), end");
    }

    [Fact]
    public void Route_UsesShortcut_WhenTwoPointsOnAWindingEdgeAreCloserThroughTheNetwork()
    {
        // A 500 m winding path between A (0,0) and B (100,0), and a 100 m street between the same nodes.
        var graph = TestGraphs.Build(
            new TestWay([0, 0, 0, 200, 100, 200, 100, 0]),
            new TestWay([0, 0, 100, 0]));
        var snapper = new EdgeSnapper(graph);
        var search = new ShortestPathSearch(graph);

        var path = search.Route(snapper.Snap(-1, 10), snapper.Snap(101, 10));

        path.DistanceM.Should().BeApproximately(1 + 10 + 100 + 10 + 1, 1e-9);
    }

    [Theory]
    [InlineData(1, RouteMetric.Length)]
    [InlineData(2, RouteMetric.WalkTime)]
    [InlineData(3, RouteMetric.Length)]
    public void AStar_EqualsReferenceDijkstra_OnRandomGraphs(int seed, RouteMetric metric)
    {
        var graph = TestGraphs.Random(seed, 18);
        var search = new ShortestPathSearch(graph);
        var random = new Random(seed * 7919);
        var compared = 0;
        for (var k = 0; k < 40; k++)
        {
            var source = random.Next(graph.NodeCount);
            var reference = TestGraphs.ReferenceCosts(graph, source, metric);
            search.OneToAll(source, metric);
            for (var v = 0; v < graph.NodeCount; v++)
            {
                search.Costs[v].Should().BeApproximately(reference[v], 1e-9 * Math.Max(1, reference[v]));
            }

            for (var j = 0; j < 10; j++)
            {
                var target = random.Next(graph.NodeCount);
                var path = search.Route(source, target, metric);
                path.Found.Should().Be(!double.IsPositiveInfinity(reference[target]));
                if (path.Found)
                {
                    path.Cost.Should().BeApproximately(reference[target], 1e-9 * Math.Max(1, reference[target]));
                    compared++;
                }
            }
        }

        compared.Should().BeGreaterThan(300);
    }

    [Fact]
    public void MultiSource_EqualsMinimumOverSingleSourceRuns()
    {
        var graph = TestGraphs.Random(11, 15);
        var snapper = new EdgeSnapper(graph);
        var search = new ShortestPathSearch(graph);
        var random = new Random(5);
        var sources = new RouteSource[6];
        for (var i = 0; i < sources.Length; i++)
        {
            // Two entrances per label: a shelter with several gates.
            sources[i] = new RouteSource(snapper.Snap(random.NextDouble() * 1500, random.NextDouble() * 1500), i / 2);
        }

        var targets = new EdgeLocation[150];
        for (var i = 0; i < targets.Length; i++)
        {
            targets[i] = snapper.Snap(random.NextDouble() * 1500, random.NextDouble() * 1500);
        }

        // One target on the same edge as a source exercises the direct walk along the edge.
        targets[0] = sources[3].Location with { OffsetM = sources[3].Location.OffsetM / 2, SnapDistanceM = 3 };

        search.MultiSource(sources, RouteMetric.WalkTime);
        var labels = new int[targets.Length];
        var costs = new double[targets.Length];
        search.NearestSources(targets, labels, costs);

        var single = new ShortestPathSearch(graph);
        for (var t = 0; t < targets.Length; t++)
        {
            var best = double.PositiveInfinity;
            foreach (var source in sources)
            {
                best = Math.Min(best, single.Route(source.Location, targets[t], RouteMetric.WalkTime).Cost);
            }

            costs[t].Should().BeApproximately(best, 1e-9 * Math.Max(1, best), $"target {t}");
            if (!double.IsPositiveInfinity(best))
            {
                var mine = single.Route(sources[2 * labels[t]].Location, targets[t], RouteMetric.WalkTime).Cost;
                var other = single.Route(sources[(2 * labels[t]) + 1].Location, targets[t], RouteMetric.WalkTime).Cost;
                Math.Min(mine, other).Should().BeApproximately(best, 1e-9 * Math.Max(1, best), "the label names a nearest source");
            }
        }
    }

    [Theory]
    [InlineData(RouteMetric.Length)]
    [InlineData(RouteMetric.WalkTime)]
    public void RouteToNearest_EqualsTheBestOfRoutesToEveryTarget(RouteMetric metric)
    {
        var graph = TestGraphs.Random(13, 15);
        var snapper = new EdgeSnapper(graph);
        var search = new ShortestPathSearch(graph);
        var single = new ShortestPathSearch(graph);
        var random = new Random(17);
        var searched = 0;
        for (var k = 0; k < 60; k++)
        {
            var from = snapper.Snap(random.NextDouble() * 1500, random.NextDouble() * 1500);
            // The gates of one site: several points clustered around a centre, and an invalid one.
            double cx = random.NextDouble() * 1500, cy = random.NextDouble() * 1500;
            var gates = new EdgeLocation[1 + random.Next(12)];
            for (var i = 0; i < gates.Length; i++)
            {
                gates[i] = snapper.Snap(cx + (random.NextDouble() * 300) - 150, cy + (random.NextDouble() * 300) - 150);
            }

            gates[^1] = random.Next(4) == 0 ? EdgeLocation.None : gates[^1];

            var best = double.PositiveInfinity;
            foreach (var gate in gates)
            {
                best = Math.Min(best, single.Route(from, gate, metric).Cost);
            }

            var path = search.RouteToNearest(from, gates, metric);

            path.Found.Should().Be(!double.IsPositiveInfinity(best));
            if (path.Found)
            {
                path.Cost.Should().BeApproximately(best, 1e-9 * Math.Max(1, best), $"query {k}");
                gates.Should().Contain(path.To);
                searched++;
            }
        }

        searched.Should().BeGreaterThan(30);
        search.RouteToNearest(snapper.Snap(10, 10), [], metric).Found.Should().BeFalse();
    }

    [Fact]
    public void OneToAll_ReachesOnlyItsComponent()
    {
        var graph = TestGraphs.Build(new TestWay([0, 0, 100, 0]), new TestWay([0, 50, 100, 50]));
        var search = new ShortestPathSearch(graph);

        search.OneToAll(TestGraphs.Node(graph, 0, 0), RouteMetric.Length);

        search.Costs[TestGraphs.Node(graph, 100, 0)].Should().BeApproximately(100, 1e-9);
        search.Costs[TestGraphs.Node(graph, 0, 50)].Should().Be(double.PositiveInfinity);
    }

    [Fact]
    public void Route_ReportsElderlyWalkingTime_AtEightTenthsMetrePerSecond()
    {
        var graph = PedestrianGraphBuilderTests.SquareWithDiagonal().WithProfile(WalkingProfile.Elderly);
        var search = new ShortestPathSearch(graph);

        var path = search.Route(TestGraphs.Node(graph, 100, 0), TestGraphs.Node(graph, 0, 100));

        path.WalkSeconds.Should().BeApproximately(200 / 0.8, 1e-9);
    }
}
