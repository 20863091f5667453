using Seismic.Engine.District;
using Seismic.Engine.Routing;

namespace Seismic.Engine.Tests.Routing;

/// <summary>A way of a hand-drawn network: vertices in metres (x0, y0, x1, y1, …).</summary>
internal sealed record TestWay(double[] Xy, RoadClass Class = RoadClass.Residential, int Layer = 0);

/// <summary>
/// Builds graphs from hand-drawn ways in metres. Lon/lat are x, y × 1e-5°, so vertices 1 cm apart still get
/// distinct node keys (1e-7°) and equal metres give equal keys.
/// </summary>
internal static class TestGraphs
{
    public const double DegreesPerMetre = 1e-5;

    public static PedestrianGraph Build(params TestWay[] ways) => Build(WalkingProfile.Default, ways);

    public static PedestrianGraph Build(WalkingProfile profile, params TestWay[] ways)
    {
        var builder = new PedestrianGraphBuilder(profile);
        long id = 1;
        foreach (var way in ways)
        {
            var n = way.Xy.Length / 2;
            var x = new double[n];
            var y = new double[n];
            var lon = new double[n];
            var lat = new double[n];
            for (var i = 0; i < n; i++)
            {
                x[i] = way.Xy[2 * i];
                y[i] = way.Xy[(2 * i) + 1];
                lon[i] = x[i] * DegreesPerMetre;
                lat[i] = y[i] * DegreesPerMetre;
            }

            builder.AddWay(id++, way.Class, way.Layer, lon, lat, x, y);
        }

        return builder.Build();
    }

    /// <summary>The node at (x, y) metres; fails the test when there is none.</summary>
    public static int Node(PedestrianGraph graph, double x, double y)
    {
        for (var v = 0; v < graph.NodeCount; v++)
        {
            if (Math.Abs(graph.NodeX(v) - x) < 1e-9 && Math.Abs(graph.NodeY(v) - y) < 1e-9)
            {
                return v;
            }
        }

        throw new InvalidOperationException($"no node at ({x}, {y})");
    }

    /// <summary>
    /// A seeded random planar-ish network: nodes on a jittered grid, links to right and upper neighbours (some
    /// dropped, some diagonals added), every link drawn with a bent middle vertex so it is longer than its chord;
    /// about one link in ten is steps.
    /// </summary>
    public static PedestrianGraph Random(int seed, int side)
    {
        var random = new Random(seed);
        var px = new double[side * side];
        var py = new double[side * side];
        for (var i = 0; i < side; i++)
        {
            for (var j = 0; j < side; j++)
            {
                px[(i * side) + j] = (i * 100) + (random.NextDouble() * 40);
                py[(i * side) + j] = (j * 100) + (random.NextDouble() * 40);
            }
        }

        var ways = new List<TestWay>();
        void Link(int a, int b)
        {
            var mx = ((px[a] + px[b]) / 2) + ((random.NextDouble() - 0.5) * 30);
            var my = ((py[a] + py[b]) / 2) + ((random.NextDouble() - 0.5) * 30);
            var cls = random.NextDouble() < 0.1 ? RoadClass.Steps : RoadClass.Residential;
            ways.Add(new TestWay([px[a], py[a], mx, my, px[b], py[b]], cls));
        }

        for (var i = 0; i < side; i++)
        {
            for (var j = 0; j < side; j++)
            {
                var v = (i * side) + j;
                if (i + 1 < side && random.NextDouble() < 0.85)
                {
                    Link(v, v + side);
                }

                if (j + 1 < side && random.NextDouble() < 0.85)
                {
                    Link(v, v + 1);
                }

                if (i + 1 < side && j + 1 < side && random.NextDouble() < 0.2)
                {
                    Link(v, v + side + 1);
                }
            }
        }

        return Build([.. ways]);
    }

    /// <summary>
    /// Textbook Dijkstra written independently of the engine (sorted set, edge list scan): the reference costs from
    /// one node for the given metric.
    /// </summary>
    public static double[] ReferenceCosts(PedestrianGraph graph, int source, RouteMetric metric)
    {
        var adjacency = new List<(int To, double Cost)>[graph.NodeCount];
        for (var v = 0; v < graph.NodeCount; v++)
        {
            adjacency[v] = [];
        }

        for (var e = 0; e < graph.EdgeCount; e++)
        {
            var cost = graph.EdgeCost(e, metric);
            adjacency[graph.EdgeSource(e)].Add((graph.EdgeTarget(e), cost));
            adjacency[graph.EdgeTarget(e)].Add((graph.EdgeSource(e), cost));
        }

        var dist = Enumerable.Repeat(double.PositiveInfinity, graph.NodeCount).ToArray();
        var queue = new SortedSet<(double, int)>();
        dist[source] = 0;
        queue.Add((0, source));
        while (queue.Count > 0)
        {
            var (d, u) = queue.Min;
            queue.Remove(queue.Min);
            foreach (var (to, cost) in adjacency[u])
            {
                if (d + cost < dist[to])
                {
                    queue.Remove((dist[to], to));
                    dist[to] = d + cost;
                    queue.Add((dist[to], to));
                }
            }
        }

        return dist;
    }
}
