using Seismic.Engine.Routing;

namespace Seismic.Engine.Tests.Routing;

public sealed class SearchReuseTests
{
    [Theory]
    [InlineData(21, RouteMetric.Length)]
    [InlineData(22, RouteMetric.WalkTime)]
    public void PointToPointSearches_OnAReusedContext_EqualFreshContexts_WhateverRanBefore(int seed, RouteMetric metric)
    {
        var graph = TestGraphs.Random(seed, 12);
        var reused = new ShortestPathSearch(graph);
        var random = new Random(seed);
        for (var i = 0; i < 60; i++)
        {
            int s = random.Next(graph.NodeCount), t = random.Next(graph.NodeCount);
            // Interleave the searches that write every node with the ones that reset only what they touched.
            switch (i % 5)
            {
                case 1:
                    reused.OneToAll(random.Next(graph.NodeCount), metric);
                    break;
                case 3:
                    reused.MultiSource([new RouteSource(graph.AtNode(random.Next(graph.NodeCount)), 0)], metric);
                    break;
            }

            var aStar = reused.Route(s, t, metric);
            var bidirectional = reused.RouteBidirectional(s, t, metric);
            var expected = new ShortestPathSearch(graph).Route(s, t, metric);

            aStar.Found.Should().Be(expected.Found, $"pair {s} → {t}");
            bidirectional.Found.Should().Be(expected.Found, $"pair {s} → {t}");
            if (expected.Found)
            {
                aStar.Cost.Should().Be(expected.Cost, $"pair {s} → {t}: the same search from clean labels");
                aStar.Arcs.ToArray().Should().Equal(expected.Arcs.ToArray());
                bidirectional.Cost.Should().BeApproximately(expected.Cost, 1e-9 * Math.Max(1, expected.Cost), $"pair {s} → {t}");
            }
        }
    }

    [Fact]
    public void OneToAll_AfterPointToPointSearches_ReachesEveryNodeAsAFreshContext()
    {
        var graph = TestGraphs.Random(23, 10);
        var reused = new ShortestPathSearch(graph);
        reused.Route(0, graph.NodeCount - 1);
        reused.RouteBidirectional(1, graph.NodeCount - 2);
        var fresh = new ShortestPathSearch(graph);

        reused.OneToAll(5, RouteMetric.Length);
        fresh.OneToAll(5, RouteMetric.Length);

        reused.Costs.ToArray().Should().Equal(fresh.Costs.ToArray());
        reused.PredecessorArcs.ToArray().Should().Equal(fresh.PredecessorArcs.ToArray());
    }
}
