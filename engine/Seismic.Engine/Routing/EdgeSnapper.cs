using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.Index;
using NetTopologySuite.Index.Strtree;
using NetTopologySuite.LinearReferencing;
using NetTopologySuite.Operation.Distance;

namespace Seismic.Engine.Routing;

/// <summary>
/// Snaps points (and site polygons) onto the nearest walkable edge of a <see cref="PedestrianGraph"/>: an STR-tree
/// over every straight piece of every edge, in the graph's metric coordinates; the point is projected onto the
/// nearest piece, which yields the edge, the offset along it and the snap distance. Thread-safe once built.
/// </summary>
public sealed class EdgeSnapper
{
    private const double InitialSearchRadiusM = 32;
    private const double MaxBoxSearchRadiusM = 2048;
    private const double CrossingMergeM = 0.01;

    [ThreadStatic]
    private static NearestVisitor? t_visitor;

    [ThreadStatic]
    private static Envelope? t_box;

    private readonly PedestrianGraph _graph;
    private readonly STRtree<int> _tree = new();
    private readonly int[] _segmentEdge;
    private readonly double[] _offsetAtPoint;
    private readonly int _segments;

    /// <summary>Indexes the open edges of <paramref name="graph"/> (closed edges are never snapped onto).</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="largestComponentOnly">
    /// True to index only the edges of the largest connected component, so that points are never snapped onto an
    /// isolated fragment (a private courtyard path, a footway cut off at the extract's edge) from which nothing is
    /// reachable.
    /// </param>
    public EdgeSnapper(PedestrianGraph graph, bool largestComponentOnly = false)
        : this(graph, Selection(graph, largestComponentOnly))
    {
    }

    /// <summary>
    /// Indexes the chosen edges of <paramref name="graph"/> — e.g. after closures, the open edges of the components
    /// the undamaged network's largest component fell into, so that a building cut off by debris stays on its own
    /// fragment (and is reported unreachable) instead of being snapped across to the main network. Closed edges are
    /// skipped whatever the selection says.
    /// </summary>
    /// <param name="graph">The graph.</param>
    /// <param name="indexed">One flag per edge: true to index it.</param>
    public EdgeSnapper(PedestrianGraph graph, ReadOnlySpan<bool> indexed)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (indexed.Length != graph.EdgeCount)
        {
            throw new ArgumentException($"one flag per edge expected ({graph.EdgeCount}), got {indexed.Length}", nameof(indexed));
        }

        _graph = graph;
        var points = graph.EdgeCount == 0 ? 0 : graph.FirstPoint(graph.EdgeCount);
        _segmentEdge = new int[points];
        _offsetAtPoint = new double[points];
        for (var e = 0; e < graph.EdgeCount; e++)
        {
            int first = graph.FirstPoint(e), last = graph.FirstPoint(e + 1) - 1;
            var skip = !indexed[e] || graph.IsEdgeClosed(e);
            var offset = 0.0;
            for (var p = first; p <= last; p++)
            {
                _segmentEdge[p] = e;
                _offsetAtPoint[p] = offset;
                if (p == last)
                {
                    break;
                }

                double ax = graph.PointX(p), ay = graph.PointY(p), bx = graph.PointX(p + 1), by = graph.PointY(p + 1);
                offset += Math.Sqrt(((bx - ax) * (bx - ax)) + ((by - ay) * (by - ay)));
                if (!skip)
                {
                    _tree.Insert(new Envelope(ax, bx, ay, by), p);
                    _segments++;
                }
            }
        }

        _tree.Build();
    }

    /// <summary>The graph snapped onto.</summary>
    public PedestrianGraph Graph => _graph;

    /// <summary>Snaps a point given in the graph's metric coordinates; <see cref="EdgeLocation.None"/> when no edge
    /// is indexed.</summary>
    /// <param name="x">Easting in metres.</param>
    /// <param name="y">Northing in metres.</param>
    public EdgeLocation Snap(double x, double y)
    {
        if (_segments == 0 || !double.IsFinite(x) || !double.IsFinite(y))
        {
            return EdgeLocation.None;
        }

        // Boxes of growing size first: a segment nearer than the half-width r must intersect the box, so the nearest
        // one found inside is the nearest overall once its distance is ≤ r. This visits a handful of segments without
        // the allocations of the tree's general nearest-neighbour search; far points fall back to that search.
        // The visitor and the box are reused per thread (the tree keeps neither), so snapping a million buildings
        // allocates nothing per building.
        var visitor = t_visitor ??= new NearestVisitor();
        var box = t_box ??= new Envelope();
        visitor.Reset(this, x, y);
        for (var r = InitialSearchRadiusM; r <= MaxBoxSearchRadiusM; r *= 4)
        {
            box.Init(x - r, x + r, y - r, y + r);
            _tree.Query(box, visitor);
            if (visitor.Best >= 0 && visitor.Distance <= r)
            {
                var best = visitor.Best;
                visitor.Reset(null, 0, 0);
                return Locate(best, x, y);
            }
        }

        visitor.Reset(null, 0, 0);

        var segment = _tree.NearestNeighbour(new Envelope(x, x, y, y), -1, new PointDistance(this, x, y));
        return Locate(segment, x, y);
    }

    /// <summary>
    /// Snaps a site (polygon, line or point, in the graph's metric coordinates): the edge nearest to any part of it;
    /// the snap distance is 0 when an edge touches or enters the site. Used for shelters whose every boundary point is
    /// accessible.
    /// </summary>
    /// <param name="metricGeometry">The site in the graph's metric coordinates.</param>
    public EdgeLocation Snap(Geometry metricGeometry)
    {
        ArgumentNullException.ThrowIfNull(metricGeometry);
        if (_segments == 0 || metricGeometry.IsEmpty)
        {
            return EdgeLocation.None;
        }

        var query = new GeometryDistance(this, metricGeometry);
        var segment = _tree.NearestNeighbour(metricGeometry.EnvelopeInternal, -1, query);
        var near = DistanceOp.NearestPoints(metricGeometry, query.Segment(segment));
        var location = Locate(segment, near[1].X, near[1].Y);
        return location with { SnapDistanceM = near[0].Distance(near[1]) };
    }

    /// <summary>
    /// Access points of a site whose every boundary point is accessible (a park or square without mapped gates): each
    /// point where an indexed edge crosses or touches the site's boundary, at snap distance 0, and, where a street runs
    /// alongside without entering, the boundary every <paramref name="spacingM"/> metres wherever its nearest edge is
    /// within <paramref name="reachM"/> (that gap is the snap distance). Points on one edge closer than half the
    /// spacing are merged, keeping the one nearer to the site, then the lower offset; crossings are kept unless they
    /// coincide (a vertex on the boundary is found from both of its segments). Empty for a point or line site,
    /// and when no edge comes within reach: <see cref="Snap(Geometry)"/> finds the nearest edge then.
    /// </summary>
    /// <param name="metricSite">The site (polygon or multipolygon) in the graph's metric coordinates.</param>
    /// <param name="spacingM">Distance between sampled boundary points, &gt; 0.</param>
    /// <param name="reachM">Largest gap between the boundary and a street alongside it, ≥ 0.</param>
    public EdgeLocation[] SiteAccess(Geometry metricSite, double spacingM, double reachM)
    {
        ArgumentNullException.ThrowIfNull(metricSite);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(spacingM);
        ArgumentOutOfRangeException.ThrowIfNegative(reachM);
        if (_segments == 0 || metricSite.IsEmpty || metricSite.Dimension != Dimension.Surface)
        {
            return [];
        }

        var candidates = new List<(EdgeLocation Location, double MergeM)>();

        // Crossings, segment against segment with a robust intersector: no overlay, so a self-touching or otherwise
        // invalid site polygon (survey data) cannot make it throw. A stretch of street on the boundary itself (a
        // collinear overlap) counts by its ends.
        var rings = new List<Coordinate[]>();
        foreach (var line in LinearComponentExtracter.GetLines(metricSite))
        {
            rings.Add(line.Coordinates);
        }

        var intersector = new RobustLineIntersector();
        var a = new Coordinate();
        var b = new Coordinate();
        foreach (var p in _tree.Query(metricSite.EnvelopeInternal))
        {
            (a.X, a.Y, b.X, b.Y) = (_graph.PointX(p), _graph.PointY(p), _graph.PointX(p + 1), _graph.PointY(p + 1));
            foreach (var ring in rings)
            {
                for (var i = 0; i + 1 < ring.Length; i++)
                {
                    if (!Envelope.Intersects(a, b, ring[i], ring[i + 1]))
                    {
                        continue;
                    }

                    intersector.ComputeIntersection(a, b, ring[i], ring[i + 1]);
                    for (var k = 0; k < intersector.IntersectionNum; k++)
                    {
                        var x = intersector.GetIntersection(k);
                        candidates.Add((Locate(p, x.X, x.Y) with { SnapDistanceM = 0 }, CrossingMergeM));
                    }
                }
            }
        }

        // With no reach, a street touching the boundary is already a crossing: nothing to sample.
        for (var g = 0; reachM > 0 && g < metricSite.NumGeometries; g++)
        {
            if (metricSite.GetGeometryN(g) is not Polygon polygon)
            {
                continue;
            }

            // The outer ring only: a hole (a lake, a building) is not a way in.
            var ring = new LengthIndexedLine(polygon.ExteriorRing);
            var length = polygon.ExteriorRing.Length;
            var samples = Math.Max(1, (int)Math.Ceiling(length / spacingM));
            for (var i = 0; i < samples; i++)
            {
                var at = ring.ExtractPoint(length * i / samples);
                var location = Snap(at.X, at.Y);
                if (location.IsValid && location.SnapDistanceM <= reachM)
                {
                    candidates.Add((location, spacingM / 2));
                }
            }
        }

        candidates.Sort(static (one, other) =>
        {
            var order = one.Location.SnapDistanceM.CompareTo(other.Location.SnapDistanceM);
            order = order != 0 ? order : one.Location.Edge.CompareTo(other.Location.Edge);
            return order != 0 ? order : one.Location.OffsetM.CompareTo(other.Location.OffsetM);
        });
        var kept = new List<EdgeLocation>();
        foreach (var (location, mergeM) in candidates)
        {
            if (!kept.Exists(k => k.Edge == location.Edge && Math.Abs(k.OffsetM - location.OffsetM) < mergeM))
            {
                kept.Add(location);
            }
        }

        return [.. kept];
    }

    private EdgeLocation Locate(int p, double x, double y)
    {
        double ax = _graph.PointX(p), ay = _graph.PointY(p), bx = _graph.PointX(p + 1), by = _graph.PointY(p + 1);
        var t = Project(ax, ay, bx, by, x, y);
        double px = ax + ((bx - ax) * t), py = ay + ((by - ay) * t);
        var edge = _segmentEdge[p];
        var segmentLength = Math.Sqrt(((bx - ax) * (bx - ax)) + ((by - ay) * (by - ay)));
        var offset = Math.Min(_offsetAtPoint[p] + (t * segmentLength), _graph.EdgeLengthM(edge));
        var distance = Math.Sqrt(((x - px) * (x - px)) + ((y - py) * (y - py)));
        return new EdgeLocation(edge, p - _graph.FirstPoint(edge), t, offset, distance, px, py);
    }

    private static bool[] Selection(PedestrianGraph graph, bool largestComponentOnly)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var indexed = new bool[graph.EdgeCount];
        for (var e = 0; e < indexed.Length; e++)
        {
            indexed[e] = !largestComponentOnly || graph.Component(graph.EdgeSource(e)) == graph.LargestComponent;
        }

        return indexed;
    }

    private static double Project(double ax, double ay, double bx, double by, double x, double y)
    {
        double dx = bx - ax, dy = by - ay;
        var squared = (dx * dx) + (dy * dy);
        return squared > 0 ? Math.Clamp((((x - ax) * dx) + ((y - ay) * dy)) / squared, 0, 1) : 0;
    }

    private double SegmentDistance(int p, double x, double y)
    {
        double ax = _graph.PointX(p), ay = _graph.PointY(p), bx = _graph.PointX(p + 1), by = _graph.PointY(p + 1);
        var t = Project(ax, ay, bx, by, x, y);
        double px = ax + ((bx - ax) * t) - x, py = ay + ((by - ay) * t) - y;
        return Math.Sqrt((px * px) + (py * py));
    }

    // Keeps the nearest segment among those whose boxes a query visits (ties: the lower index, for determinism).
    // Reset between queries; released (owner null) after each so that a thread's visitor does not keep a graph alive.
    private sealed class NearestVisitor : IItemVisitor<int>
    {
        private EdgeSnapper? _owner;
        private double _x;
        private double _y;

        public int Best { get; private set; } = -1;

        public double Distance { get; private set; } = double.PositiveInfinity;

        public void Reset(EdgeSnapper? owner, double x, double y)
        {
            (_owner, _x, _y) = (owner, x, y);
            (Best, Distance) = (-1, double.PositiveInfinity);
        }

        public void VisitItem(int item)
        {
            var d = _owner!.SegmentDistance(item, _x, _y);
            if (d < Distance || (d == Distance && item < Best))
            {
                (Distance, Best) = (d, item);
            }
        }
    }

    // Distance between the query (item −1) and an indexed segment.
    private sealed class PointDistance(EdgeSnapper owner, double x, double y) : IItemDistance<Envelope, int>
    {
        public double Distance(IBoundable<Envelope, int> item1, IBoundable<Envelope, int> item2)
        {
            var p = item1.Item >= 0 ? item1.Item : item2.Item;
            return owner.SegmentDistance(p, x, y);
        }
    }

    private sealed class GeometryDistance(EdgeSnapper owner, Geometry site) : IItemDistance<Envelope, int>
    {
        private readonly GeometryFactory _factory = site.Factory;

        public LineString Segment(int p) => _factory.CreateLineString(
        [
            new Coordinate(owner._graph.PointX(p), owner._graph.PointY(p)),
            new Coordinate(owner._graph.PointX(p + 1), owner._graph.PointY(p + 1)),
        ]);

        public double Distance(IBoundable<Envelope, int> item1, IBoundable<Envelope, int> item2)
        {
            var p = item1.Item >= 0 ? item1.Item : item2.Item;
            return site.Distance(Segment(p));
        }
    }
}
