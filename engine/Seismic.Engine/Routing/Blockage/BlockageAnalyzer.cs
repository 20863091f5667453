using NetTopologySuite.Geometries;
using NetTopologySuite.Index;
using NetTopologySuite.Index.Strtree;
using Seismic.Engine.District;

namespace Seismic.Engine.Routing.Blockage;

/// <summary>
/// Turns scenario damage into road and shelter closures on a <see cref="PedestrianGraph"/>:
/// <list type="number">
/// <item>Buildings whose collapse (or complete-damage) probability reaches its threshold shed debris to a reach of
/// <see cref="BlockageOptions.DebrisReachFraction"/> × height beyond their footprint.</item>
/// <item>Debris enters a road by its reach minus the setback between footprint and kerb (distance to the centreline
/// minus half the mapped width). Intrusions from the two sides add up; the edge closes when the clear width left is
/// under <see cref="BlockageOptions.MinPassableWidthM"/>, otherwise it stays open, narrowed. Narrow alleys therefore
/// close first, wide roads only under tall buildings.</item>
/// <item>Bridges and tunnels close when the median PGA at them (that of the nearest building's site cell — the
/// scenario computes ground motion per 250 m cell of buildings) reaches the bridge or tunnel threshold; from the lower
/// restriction threshold they stay open on <see cref="BlockageOptions.RestrictedWidthFraction"/> of their width.</item>
/// <item>Given closures (road ids, flagged shelters) close whatever they name.</item>
/// <item>A shelter is removed when debris can reach its site, or when it is flagged.</item>
/// </list>
/// Precedence of reasons on one edge: given, then bridge/tunnel closure, then debris closure, then restriction, then
/// narrowing; the clear width of an open edge is the narrowest that debris and a restriction leave.
/// </summary>
public static class BlockageAnalyzer
{
    /// <summary>Computes the closures.</summary>
    /// <param name="graph">The undamaged graph (its metric coordinates are those of the geometries given).</param>
    /// <param name="edgeWidthM">Mapped clear width of each edge's road, metres.</param>
    /// <param name="edgeStructure">Bridge, tunnel or at grade, per edge.</param>
    /// <param name="givenClosedEdges">Edges closed by given inputs (empty span: none).</param>
    /// <param name="buildings">Buildings with their scenario damage (may be empty: given closures only).</param>
    /// <param name="shelters">Shelter sites.</param>
    /// <param name="options">Rules; null for <see cref="BlockageOptions.Default"/>.</param>
    public static BlockageResult Analyze(
        PedestrianGraph graph,
        ReadOnlySpan<double> edgeWidthM,
        ReadOnlySpan<RoadStructure> edgeStructure,
        ReadOnlySpan<bool> givenClosedEdges,
        IReadOnlyList<DebrisBuilding> buildings,
        IReadOnlyList<BlockageShelter> shelters,
        BlockageOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(buildings);
        ArgumentNullException.ThrowIfNull(shelters);
        options ??= BlockageOptions.Default;
        options.Validate();
        var m = graph.EdgeCount;
        if (edgeWidthM.Length != m || edgeStructure.Length != m || (givenClosedEdges.Length != 0 && givenClosedEdges.Length != m))
        {
            throw new ArgumentException($"edge arrays must have one entry per edge ({m})", nameof(edgeWidthM));
        }

        var reach = new double[buildings.Count];
        for (var b = 0; b < reach.Length; b++)
        {
            var building = buildings[b];
            if (building.CollapseProbability >= options.CollapseProbabilityThreshold
                || building.CompleteProbability >= options.CompleteDamageThreshold)
            {
                reach[b] = options.DebrisReachFraction * building.HeightM;
            }
        }

        var closed = new bool[m];
        var reasons = new EdgeClosureReason[m];
        var clear = edgeWidthM.ToArray();
        var cause = new int[m];
        var pga = new double[m];
        Array.Fill(cause, -1);
        Array.Fill(pga, double.NaN);
        DebrisOnEdges(graph, edgeWidthM, buildings, reach, options, closed, reasons, clear, cause);
        StructuresShaken(graph, edgeWidthM, edgeStructure, buildings, options, closed, reasons, clear, pga);
        for (var e = 0; e < givenClosedEdges.Length; e++)
        {
            if (givenClosedEdges[e])
            {
                closed[e] = true;
                reasons[e] = EdgeClosureReason.Given;
            }
        }

        var (removed, shelterReasons, shelterCause) = ShelterClosures(buildings, reach, shelters);
        return new BlockageResult(closed, reasons, clear, cause, pga, removed, shelterReasons, shelterCause, reach);
    }

    private static void DebrisOnEdges(
        PedestrianGraph graph, ReadOnlySpan<double> width, IReadOnlyList<DebrisBuilding> buildings, double[] reach,
        BlockageOptions options, bool[] closed, EdgeClosureReason[] reasons, double[] clear, int[] cause)
    {
        var m = graph.EdgeCount;
        var maxHalfWidth = 0.0;
        for (var e = 0; e < m; e++)
        {
            maxHalfWidth = Math.Max(maxHalfWidth, width[e] / 2);
        }

        var tree = new STRtree<int>();
        var any = false;
        for (var e = 0; e < m; e++)
        {
            for (var p = graph.FirstPoint(e); p < graph.FirstPoint(e + 1) - 1; p++)
            {
                tree.Insert(new Envelope(graph.PointX(p), graph.PointX(p + 1), graph.PointY(p), graph.PointY(p + 1)), p);
                any = true;
            }
        }

        if (!any)
        {
            return;
        }

        tree.Build();
        var segmentEdge = new int[graph.FirstPoint(m)];
        for (var e = 0; e < m; e++)
        {
            for (var p = graph.FirstPoint(e); p < graph.FirstPoint(e + 1); p++)
            {
                segmentEdge[p] = e;
            }
        }

        // Largest intrusion into each side of each edge (left/right of its source → target direction).
        var left = new double[m];
        var right = new double[m];
        var leftCause = new int[m];
        var rightCause = new int[m];
        Array.Fill(leftCause, -1);
        Array.Fill(rightCause, -1);
        for (var b = 0; b < buildings.Count; b++)
        {
            if (!(reach[b] > 0))
            {
                continue;
            }

            var footprint = buildings[b].MetricFootprint;
            var ring = footprint.Coordinates;
            var centre = footprint.Centroid.Coordinate;
            var box = new Envelope(footprint.EnvelopeInternal);
            box.ExpandBy(reach[b] + maxHalfWidth);
            foreach (var p in tree.Query(box))
            {
                var e = segmentEdge[p];
                double ax = graph.PointX(p), ay = graph.PointY(p), bx = graph.PointX(p + 1), by = graph.PointY(p + 1);
                var d = Geometry2D.FootprintToSegment(ring, ax, ay, bx, by);
                var setback = Math.Max(0, d - (width[e] / 2));
                var intrusion = Math.Min(reach[b] - setback, width[e]);
                if (!(intrusion > 0))
                {
                    continue;
                }

                if (((bx - ax) * (centre.Y - ay)) - ((by - ay) * (centre.X - ax)) >= 0)
                {
                    if (intrusion > left[e])
                    {
                        (left[e], leftCause[e]) = (intrusion, b);
                    }
                }
                else if (intrusion > right[e])
                {
                    (right[e], rightCause[e]) = (intrusion, b);
                }
            }
        }

        for (var e = 0; e < m; e++)
        {
            if (leftCause[e] < 0 && rightCause[e] < 0)
            {
                continue;
            }

            clear[e] = width[e] - left[e] - right[e];
            cause[e] = left[e] >= right[e] ? leftCause[e] : rightCause[e];
            if (clear[e] < options.MinPassableWidthM)
            {
                closed[e] = true;
                reasons[e] = EdgeClosureReason.Debris;
            }
            else
            {
                reasons[e] = EdgeClosureReason.Narrowed;
            }
        }
    }

    private static void StructuresShaken(
        PedestrianGraph graph, ReadOnlySpan<double> width, ReadOnlySpan<RoadStructure> structure, IReadOnlyList<DebrisBuilding> buildings,
        BlockageOptions options, bool[] closed, EdgeClosureReason[] reasons, double[] clear, double[] pga)
    {
        var tree = new STRtree<int>();
        var xs = new double[buildings.Count];
        var ys = new double[buildings.Count];
        for (var b = 0; b < buildings.Count; b++)
        {
            if (double.IsFinite(buildings[b].PgaG))
            {
                var c = buildings[b].MetricFootprint.Centroid.Coordinate;
                (xs[b], ys[b]) = (c.X, c.Y);
                tree.Insert(new Envelope(c), b);
            }
        }

        if (tree.Count == 0)
        {
            return;
        }

        tree.Build();
        for (var e = 0; e < graph.EdgeCount; e++)
        {
            if (structure[e] == RoadStructure.None)
            {
                continue;
            }

            var mid = (graph.FirstPoint(e) + graph.FirstPoint(e + 1) - 1) / 2;
            double x = graph.PointX(mid), y = graph.PointY(mid);
            var nearest = tree.NearestNeighbour(new Envelope(x, x, y, y), -1, new CentroidDistance(xs, ys, x, y));
            pga[e] = buildings[nearest].PgaG;
            var bridge = structure[e] == RoadStructure.Bridge;
            if (pga[e] >= (bridge ? options.BridgeClosurePgaG : options.TunnelClosurePgaG))
            {
                closed[e] = true;
                reasons[e] = bridge ? EdgeClosureReason.Bridge : EdgeClosureReason.Tunnel;
            }
            else if (pga[e] >= (bridge ? options.BridgeRestrictionPgaG : options.TunnelRestrictionPgaG) && !closed[e])
            {
                var open = Math.Min(width[e], Math.Max(options.RestrictedWidthFraction * width[e], options.MinPassableWidthM));
                clear[e] = Math.Min(clear[e], open);
                reasons[e] = bridge ? EdgeClosureReason.BridgeRestricted : EdgeClosureReason.TunnelRestricted;
            }
        }
    }

    private static (bool[] Removed, ShelterClosureReason[] Reasons, int[] Cause) ShelterClosures(
        IReadOnlyList<DebrisBuilding> buildings, double[] reach, IReadOnlyList<BlockageShelter> shelters)
    {
        var removed = new bool[shelters.Count];
        var reasons = new ShelterClosureReason[shelters.Count];
        var cause = new int[shelters.Count];
        Array.Fill(cause, -1);
        var tree = new STRtree<int>();
        for (var b = 0; b < buildings.Count; b++)
        {
            if (reach[b] > 0)
            {
                var box = new Envelope(buildings[b].MetricFootprint.EnvelopeInternal);
                box.ExpandBy(reach[b]);
                tree.Insert(box, b);
            }
        }

        tree.Build();
        for (var s = 0; s < shelters.Count; s++)
        {
            var shelter = shelters[s];
            ArgumentNullException.ThrowIfNull(shelter, nameof(shelters));
            if (shelter.Flagged)
            {
                (removed[s], reasons[s]) = (true, ShelterClosureReason.Given);
                continue;
            }

            if (tree.Count == 0)
            {
                continue;
            }

            var nearest = double.PositiveInfinity;
            foreach (var b in tree.Query(shelter.MetricSite.EnvelopeInternal))
            {
                var d = buildings[b].MetricFootprint.Distance(shelter.MetricSite);
                if (d < reach[b] && d - reach[b] < nearest)
                {
                    (nearest, removed[s], reasons[s], cause[s]) = (d - reach[b], true, ShelterClosureReason.Debris, b);
                }
            }
        }

        return (removed, reasons, cause);
    }

    private sealed class CentroidDistance(double[] xs, double[] ys, double x, double y) : IItemDistance<Envelope, int>
    {
        public double Distance(IBoundable<Envelope, int> item1, IBoundable<Envelope, int> item2)
        {
            var b = item1.Item >= 0 ? item1.Item : item2.Item;
            return Math.Sqrt(((xs[b] - x) * (xs[b] - x)) + ((ys[b] - y) * (ys[b] - y)));
        }
    }
}
