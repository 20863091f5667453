using Seismic.Engine.District;

namespace Seismic.Engine.Routing;

/// <summary>
/// The walkable network as compressed sparse row (CSR) arrays: no object per node or edge. Nodes are road vertices
/// shared by several ways (or way ends); an edge is the piece of one way between two nodes, walkable both ways
/// (one-way applies to vehicles only). Each edge yields two directed arcs, grouped by tail node: the arcs leaving
/// node <c>v</c> are <c>FirstArc(v) .. FirstArc(v + 1) − 1</c>. Built by <see cref="PedestrianGraphBuilder"/>;
/// immutable and safe to share between threads (searches keep their state in <see cref="ShortestPathSearch"/>).
/// </summary>
/// <remarks>Coordinates are kept twice: WGS84 lon/lat for output, and metres of a local conformal projection (the
/// caller's, scale-corrected) for lengths, snapping and the A* bound.</remarks>
public sealed partial class PedestrianGraph
{
    private readonly double[] _nodeLon;
    private readonly double[] _nodeLat;
    private readonly double[] _nodeX;
    private readonly double[] _nodeY;
    private readonly int[] _edgeSource;
    private readonly int[] _edgeTarget;
    private readonly double[] _edgeLength;
    private readonly double[] _edgeTime;
    private readonly RoadClass[] _edgeClass;
    private readonly long[] _edgeRoad;
    private readonly int[] _edgeFirstPoint;
    private readonly double[] _pointLon;
    private readonly double[] _pointLat;
    private readonly double[] _pointX;
    private readonly double[] _pointY;
    private readonly int[] _firstArc;
    private readonly int[] _arcTarget;
    private readonly int[] _arcEdge;
    private readonly double[] _arcLength;
    private readonly double[] _arcTime;
    private readonly int[] _component;
    private readonly double[] _edgeWidth = [];
    private readonly bool[]? _closed;

    internal PedestrianGraph(
        WalkingProfile profile,
        double[] nodeLon, double[] nodeLat, double[] nodeX, double[] nodeY,
        int[] edgeSource, int[] edgeTarget, double[] edgeLength, RoadClass[] edgeClass, long[] edgeRoad,
        int[] edgeFirstPoint, double[] pointLon, double[] pointLat, double[] pointX, double[] pointY,
        bool[]? closed = null)
    {
        Profile = profile;
        _closed = closed;
        (_nodeLon, _nodeLat, _nodeX, _nodeY) = (nodeLon, nodeLat, nodeX, nodeY);
        (_edgeSource, _edgeTarget, _edgeLength, _edgeClass, _edgeRoad) = (edgeSource, edgeTarget, edgeLength, edgeClass, edgeRoad);
        (_edgeFirstPoint, _pointLon, _pointLat, _pointX, _pointY) = (edgeFirstPoint, pointLon, pointLat, pointX, pointY);
        var n = nodeLon.Length;
        var m = edgeSource.Length;
        _edgeTime = new double[m];
        var minFactor = 1.0;
        for (var e = 0; e < m; e++)
        {
            var factor = profile.ClassFactor(edgeClass[e]);
            minFactor = Math.Min(minFactor, factor);
            _edgeTime[e] = edgeLength[e] * factor / profile.SpeedMps;
        }

        TimeBoundPerMetre = minFactor / profile.SpeedMps;
        // A closed edge keeps its index, length and geometry but gets no arcs: every search walks only the arcs, so
        // closures cost nothing at query time and no search needs to know about them.
        _firstArc = new int[n + 1];
        var open = 0;
        for (var e = 0; e < m; e++)
        {
            if (closed is not null && closed[e])
            {
                continue;
            }

            open++;
            _firstArc[edgeSource[e] + 1]++;
            _firstArc[edgeTarget[e] + 1]++;
        }

        for (var v = 0; v < n; v++)
        {
            _firstArc[v + 1] += _firstArc[v];
        }

        _arcTarget = new int[2 * open];
        _arcEdge = new int[2 * open];
        _arcLength = new double[2 * open];
        _arcTime = new double[2 * open];
        var fill = new int[n];
        Array.Copy(_firstArc, fill, n);
        for (var e = 0; e < m; e++)
        {
            if (closed is not null && closed[e])
            {
                continue;
            }

            var a = fill[edgeSource[e]]++;
            (_arcTarget[a], _arcEdge[a], _arcLength[a], _arcTime[a]) = (edgeTarget[e], e, edgeLength[e], _edgeTime[e]);
            a = fill[edgeTarget[e]]++;
            (_arcTarget[a], _arcEdge[a], _arcLength[a], _arcTime[a]) = (edgeSource[e], ~e, edgeLength[e], _edgeTime[e]);
        }

        _component = new int[n];
        (ComponentCount, LargestComponent, LargestComponentNodes) = LabelComponents();
    }

    /// <summary>The walking profile of <see cref="RouteMetric.WalkTime"/> costs.</summary>
    public WalkingProfile Profile { get; }

    /// <summary>Number of nodes.</summary>
    public int NodeCount => _nodeLon.Length;

    /// <summary>Number of (undirected) edges.</summary>
    public int EdgeCount => _edgeSource.Length;

    /// <summary>Number of directed arcs: twice the number of open edges (<see cref="EdgeCount"/> − <see cref="ClosedEdgeCount"/>).</summary>
    public int ArcCount => _arcTarget.Length;

    /// <summary>Number of edges closed by <see cref="WithClosedEdges(ReadOnlySpan{bool})"/> (0 for a graph as built).</summary>
    public int ClosedEdgeCount
    {
        get
        {
            if (_closed is null)
            {
                return 0;
            }

            var count = 0;
            foreach (var c in _closed)
            {
                count += c ? 1 : 0;
            }

            return count;
        }
    }

    /// <summary>Number of connected components (over open edges).</summary>
    public int ComponentCount { get; }

    /// <summary>Component id of the component with the most nodes (−1 for an empty graph).</summary>
    public int LargestComponent { get; }

    /// <summary>Node count of the largest component.</summary>
    public int LargestComponentNodes { get; }

    /// <summary>Seconds per metre of straight-line distance that no route can beat: the A* bound for walking time.</summary>
    internal double TimeBoundPerMetre { get; }

    /// <summary>Sum of all edge lengths in metres.</summary>
    public double TotalLengthM
    {
        get
        {
            var sum = 0.0;
            foreach (var length in _edgeLength)
            {
                sum += length;
            }

            return sum;
        }
    }

    /// <summary>Longitude of a node (WGS84 degrees).</summary>
    /// <param name="node">Node index.</param>
    public double NodeLon(int node) => _nodeLon[node];

    /// <summary>Latitude of a node (WGS84 degrees).</summary>
    /// <param name="node">Node index.</param>
    public double NodeLat(int node) => _nodeLat[node];

    /// <summary>Metric easting of a node.</summary>
    /// <param name="node">Node index.</param>
    public double NodeX(int node) => _nodeX[node];

    /// <summary>Metric northing of a node.</summary>
    /// <param name="node">Node index.</param>
    public double NodeY(int node) => _nodeY[node];

    /// <summary>Component id of a node, 0 .. <see cref="ComponentCount"/> − 1.</summary>
    /// <param name="node">Node index.</param>
    public int Component(int node) => _component[node];

    /// <summary>Source node of an edge (the end where its geometry starts).</summary>
    /// <param name="edge">Edge index.</param>
    public int EdgeSource(int edge) => _edgeSource[edge];

    /// <summary>Target node of an edge (the end where its geometry ends).</summary>
    /// <param name="edge">Edge index.</param>
    public int EdgeTarget(int edge) => _edgeTarget[edge];

    /// <summary>Length of an edge in metres.</summary>
    /// <param name="edge">Edge index.</param>
    public double EdgeLengthM(int edge) => _edgeLength[edge];

    /// <summary>Walking time along an edge in seconds for <see cref="Profile"/>.</summary>
    /// <param name="edge">Edge index.</param>
    public double EdgeWalkSeconds(int edge) => _edgeTime[edge];

    /// <summary>Road class of an edge.</summary>
    /// <param name="edge">Edge index.</param>
    public RoadClass EdgeClass(int edge) => _edgeClass[edge];

    /// <summary>
    /// Clear width of an edge in metres, available to pedestrians: the road's recorded width, or the default of its
    /// class (<see cref="Flow.RoadWidthTable"/>) when none was given. Sets the edge's capacity in evacuation flow.
    /// </summary>
    /// <param name="edge">Edge index.</param>
    public double EdgeWidthM(int edge) =>
        edge < _edgeWidth.Length ? _edgeWidth[edge] : Flow.RoadWidthTable.DefaultWidthM(_edgeClass[edge]);

    /// <summary>Id of the road (way) an edge was cut from.</summary>
    /// <param name="edge">Edge index.</param>
    public long EdgeRoadId(int edge) => _edgeRoad[edge];

    /// <summary>True when the edge was closed by <see cref="WithClosedEdges(ReadOnlySpan{bool})"/>: it has no arcs, so no search uses it.</summary>
    /// <param name="edge">Edge index.</param>
    public bool IsEdgeClosed(int edge) => _closed is not null && _closed[edge];

    /// <summary>Cost of a whole edge for a metric: metres or seconds.</summary>
    /// <param name="edge">Edge index.</param>
    /// <param name="metric">The metric.</param>
    public double EdgeCost(int edge, RouteMetric metric) =>
        metric == RouteMetric.Length ? _edgeLength[edge] : _edgeTime[edge];

    /// <summary>First arc leaving a node; the arcs of node v are FirstArc(v) .. FirstArc(v + 1) − 1.</summary>
    /// <param name="node">Node index, 0 .. <see cref="NodeCount"/> (the last value ends the last node's arcs).</param>
    public int FirstArc(int node) => _firstArc[node];

    /// <summary>Head node of an arc.</summary>
    /// <param name="arc">Arc index.</param>
    public int ArcTarget(int arc) => _arcTarget[arc];

    /// <summary>Edge of an arc.</summary>
    /// <param name="arc">Arc index.</param>
    public int ArcEdge(int arc) => _arcEdge[arc] >= 0 ? _arcEdge[arc] : ~_arcEdge[arc];

    /// <summary>True when the arc runs along its edge's geometry (source → target).</summary>
    /// <param name="arc">Arc index.</param>
    public bool ArcIsForward(int arc) => _arcEdge[arc] >= 0;

    /// <summary>Vertices of an edge's polyline: indices FirstPoint(e) .. FirstPoint(e + 1) − 1.</summary>
    /// <param name="edge">Edge index, 0 .. <see cref="EdgeCount"/>.</param>
    public int FirstPoint(int edge) => _edgeFirstPoint[edge];

    /// <summary>Longitude of a polyline vertex.</summary>
    /// <param name="point">Vertex index.</param>
    public double PointLon(int point) => _pointLon[point];

    /// <summary>Latitude of a polyline vertex.</summary>
    /// <param name="point">Vertex index.</param>
    public double PointLat(int point) => _pointLat[point];

    /// <summary>Metric easting of a polyline vertex.</summary>
    /// <param name="point">Vertex index.</param>
    public double PointX(int point) => _pointX[point];

    /// <summary>Metric northing of a polyline vertex.</summary>
    /// <param name="point">Vertex index.</param>
    public double PointY(int point) => _pointY[point];

    /// <summary>Per-edge clear widths in metres, parallel to the edge arrays (set by the builder).</summary>
    internal double[] EdgeWidths
    {
        get => _edgeWidth;
        init => _edgeWidth = value;
    }

    internal ReadOnlySpan<double> ArcCosts(RouteMetric metric) => metric == RouteMetric.Length ? _arcLength : _arcTime;

    internal ReadOnlySpan<int> FirstArcs => _firstArc;

    internal ReadOnlySpan<int> ArcTargets => _arcTarget;

    internal ReadOnlySpan<double> NodeXs => _nodeX;

    internal ReadOnlySpan<double> NodeYs => _nodeY;

    /// <summary>A copy of this graph's topology (closures included) with walking times for another profile.</summary>
    /// <param name="profile">The walking profile.</param>
    public PedestrianGraph WithProfile(WalkingProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return new PedestrianGraph(profile, _nodeLon, _nodeLat, _nodeX, _nodeY, _edgeSource, _edgeTarget, _edgeLength,
            _edgeClass, _edgeRoad, _edgeFirstPoint, _pointLon, _pointLat, _pointX, _pointY, _closed)
        {
            EdgeWidths = _edgeWidth,
        };
    }

    /// <summary>
    /// The same network with some edges closed (blocked by debris, a closed bridge): nodes, edge indices, lengths and
    /// geometry are kept, so edge-indexed data of this graph (widths, road ids, masks) stay valid; the closed edges
    /// simply lose their arcs, and components are recomputed. Every search on the result — point-to-point,
    /// one-to-all, multi-source, and any later algorithm that walks the arcs — avoids them at no cost per query,
    /// unlike a mask tested inside every relaxation. Closures accumulate: an edge closed here stays closed.
    /// </summary>
    /// <remarks>Snap points onto the result with an <see cref="EdgeSnapper"/> of the result (it skips closed edges);
    /// a location on a closed edge would still leave along that edge's partial costs.</remarks>
    /// <param name="closed">One flag per edge, true to close it.</param>
    public PedestrianGraph WithClosedEdges(ReadOnlySpan<bool> closed) => Closing(closed, _edgeWidth);

    /// <summary>
    /// The same network with some edges closed (see <see cref="WithClosedEdges(ReadOnlySpan{bool})"/>) and the others
    /// narrowed: each open edge keeps the smaller of its width and the clear width given (debris in the street, a
    /// bridge open on one side only). Widths set only the street capacity of evacuation flow; routes and costs are
    /// those of the closures alone.
    /// </summary>
    /// <param name="closed">One flag per edge, true to close it.</param>
    /// <param name="clearWidthM">Clear width left on each edge, metres; a value that is not positive and finite
    /// leaves the edge's width as it is (a closed edge's clear width does not matter).</param>
    public PedestrianGraph WithClosedEdges(ReadOnlySpan<bool> closed, ReadOnlySpan<double> clearWidthM)
    {
        if (clearWidthM.Length != EdgeCount)
        {
            throw new ArgumentException($"one clear width per edge expected ({EdgeCount}), got {clearWidthM.Length}", nameof(clearWidthM));
        }

        var widths = new double[EdgeCount];
        for (var e = 0; e < widths.Length; e++)
        {
            var width = EdgeWidthM(e);
            var clear = clearWidthM[e];
            widths[e] = clear > 0 && clear < width && double.IsFinite(clear) ? clear : width;
        }

        return Closing(closed, widths);
    }

    private PedestrianGraph Closing(ReadOnlySpan<bool> closed, double[] widths)
    {
        if (closed.Length != EdgeCount)
        {
            throw new ArgumentException($"one flag per edge expected ({EdgeCount}), got {closed.Length}", nameof(closed));
        }

        var mask = closed.ToArray();
        if (_closed is not null)
        {
            for (var e = 0; e < mask.Length; e++)
            {
                mask[e] |= _closed[e];
            }
        }

        return new PedestrianGraph(Profile, _nodeLon, _nodeLat, _nodeX, _nodeY, _edgeSource, _edgeTarget, _edgeLength,
            _edgeClass, _edgeRoad, _edgeFirstPoint, _pointLon, _pointLat, _pointX, _pointY, mask)
        {
            EdgeWidths = widths,
        };
    }

    private (int Count, int Largest, int LargestSize) LabelComponents()
    {
        var n = NodeCount;
        Array.Fill(_component, -1);
        var queue = new int[n];
        int count = 0, largest = -1, largestSize = 0;
        for (var start = 0; start < n; start++)
        {
            if (_component[start] >= 0)
            {
                continue;
            }

            int head = 0, tail = 0;
            queue[tail++] = start;
            _component[start] = count;
            while (head < tail)
            {
                var v = queue[head++];
                for (var a = _firstArc[v]; a < _firstArc[v + 1]; a++)
                {
                    var w = _arcTarget[a];
                    if (_component[w] < 0)
                    {
                        _component[w] = count;
                        queue[tail++] = w;
                    }
                }
            }

            if (tail > largestSize)
            {
                (largest, largestSize) = (count, tail);
            }

            count++;
        }

        return (count, largest, largestSize);
    }
}
