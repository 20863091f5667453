using Seismic.Engine.District;
using Seismic.Engine.Routing;
using Seismic.Engine.Routing.Flow;

namespace Seismic.Engine.Tests.Routing.Flow;

/// <summary>A way of a hand-drawn flow network: vertices in metres and a clear width (NaN for the class default).</summary>
internal sealed record FlowWay(double[] Xy, double WidthM, RoadClass Class = RoadClass.Residential);

/// <summary>
/// Hand-drawn networks in "unit" time: walking at 1 m/s, a 1 s step and a specific flow of 1 person/(m·s), so an
/// edge of L metres takes L steps and an edge W metres wide lets W persons enter per step — answers can be worked
/// out by hand.
/// </summary>
internal static class FlowTestGraphs
{
    public static WalkingProfile UnitProfile { get; } = new("unit", 1.0, 2.0);

    public static PedestrianFlowOptions UnitOptions { get; } = new() { SpecificFlowPpsPerM = 1.0, StepSeconds = 1.0 };

    public static PedestrianGraph Build(params FlowWay[] ways)
    {
        var builder = new PedestrianGraphBuilder(UnitProfile);
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
                lon[i] = x[i] * 1e-5;
                lat[i] = y[i] * 1e-5;
            }

            builder.AddWay(id++, way.Class, 0, way.WidthM, lon, lat, x, y);
        }

        return builder.Build();
    }

    public static EvacuationNetwork Unit(params FlowWay[] ways) => EvacuationNetwork.FromGraph(Build(ways), UnitOptions);

    public static int Node(EvacuationNetwork network, double x, double y) => Node(network.Graph, x, y);

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

    /// <summary>The edge between two nodes at the given points.</summary>
    public static int Edge(EvacuationNetwork network, double x1, double y1, double x2, double y2)
    {
        var graph = network.Graph;
        int a = Node(graph, x1, y1), b = Node(graph, x2, y2);
        for (var e = 0; e < graph.EdgeCount; e++)
        {
            if ((graph.EdgeSource(e) == a && graph.EdgeTarget(e) == b) || (graph.EdgeSource(e) == b && graph.EdgeTarget(e) == a))
            {
                return e;
            }
        }

        throw new InvalidOperationException($"no edge between ({x1}, {y1}) and ({x2}, {y2})");
    }

    /// <summary>
    /// A seeded random grid of 2..4 × 2..4 nodes 10 m apart with edges of 10–20 whole metres (detours) and widths
    /// (1–4 m), a few groups of 1–25 persons with ready steps 0–3, and one or two sinks with extra steps 0–2.
    /// </summary>
    public static (EvacuationNetwork Network, EvacueeGroup[] Groups, EvacuationSink[] Sinks) RandomCase(int seed)
    {
        var random = new Random(seed);
        int cols = random.Next(2, 5), rows = random.Next(2, 5);
        var ways = new List<FlowWay>();
        void Link(double x1, double y1, double x2, double y2)
        {
            // Grid links are 10 m apart; a detour of 0–5 m out and back makes lengths of 10–20 whole metres.
            var detour = random.Next(0, 6);
            var width = random.Next(1, 5);
            ways.Add(x1 == x2
                ? new FlowWay([x1, y1, x1 + detour, y1, x1 + detour, y2, x2, y2], width)
                : new FlowWay([x1, y1, x1, y1 + detour, x2, y1 + detour, x2, y2], width));
        }

        for (var i = 0; i < cols; i++)
        {
            for (var j = 0; j < rows; j++)
            {
                if (i + 1 < cols && random.NextDouble() < 0.9)
                {
                    Link(i * 10, j * 10, (i + 1) * 10, j * 10);
                }

                if (j + 1 < rows && random.NextDouble() < 0.9)
                {
                    Link(i * 10, j * 10, i * 10, (j + 1) * 10);
                }
            }
        }

        var network = EvacuationNetwork.FromGraph(Build([.. ways]), UnitOptions);
        var n = network.Graph.NodeCount;
        var groups = new EvacueeGroup[random.Next(1, 4)];
        for (var g = 0; g < groups.Length; g++)
        {
            groups[g] = new EvacueeGroup(random.Next(n), random.Next(1, 26), random.Next(0, 4), g % 2);
        }

        var sinks = new EvacuationSink[random.Next(1, 3)];
        for (var s = 0; s < sinks.Length; s++)
        {
            sinks[s] = new EvacuationSink(random.Next(n), s, random.Next(0, 3));
        }

        return (network, groups, sinks);
    }
}
