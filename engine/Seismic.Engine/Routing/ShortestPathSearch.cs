using System.Runtime.CompilerServices;

namespace Seismic.Engine.Routing;

/// <summary>
/// Shortest-path searches on one <see cref="PedestrianGraph"/>: point-to-point (A*), one-to-all and multi-source
/// Dijkstra. The object is a query context: it owns the distance, predecessor and label arrays and the heap, and
/// reuses them for every query, so a search allocates nothing but its result. Not thread-safe; use one per thread.
/// </summary>
/// <remarks>
/// Costs are non-negative, so Dijkstra's settled nodes are final. A* uses the straight-line distance to the target
/// (times the fastest seconds per metre for walking time) as its bound; every edge is at least as long as the chord
/// between its end nodes, so the bound is consistent and A* returns the same cost as Dijkstra. A point on an edge is
/// handled by a virtual split: the search starts from both ends of that edge with the partial costs, and a target on
/// an edge is reached from both ends of its edge; both ends on one edge also consider the direct walk along it.
/// </remarks>
public sealed partial class ShortestPathSearch
{
    private readonly PedestrianGraph _graph;
    private readonly double[] _cost;
    private readonly int[] _pred;
    private readonly int[] _label;
    private readonly NodeHeap _heap;

    // Nodes whose cost the last point-to-point search set (each once, when it left +∞): the next one resets only
    // these instead of the whole arrays. Until a point-to-point search has started from clean arrays — at first, and
    // after one-to-all or multi-source, which write every reached node — the whole arrays are reset.
    private readonly int[] _touched;
    private int _touchedCount;
    private bool _wholeArraysDirty = true;

    /// <summary>A query context for <paramref name="graph"/>.</summary>
    /// <param name="graph">The graph to search.</param>
    public ShortestPathSearch(PedestrianGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        _graph = graph;
        var n = graph.NodeCount;
        _cost = new double[n];
        _pred = new int[n];
        _label = new int[n];
        _heap = new NodeHeap(n);
        _touched = new int[n];
        Array.Fill(_cost, double.PositiveInfinity);
    }

    /// <summary>The graph searched.</summary>
    public PedestrianGraph Graph => _graph;

    /// <summary>
    /// Cost of every node after <see cref="OneToAll(int, RouteMetric)"/> or <see cref="MultiSource"/> (+∞ when not
    /// reached); after a point-to-point search it holds that search's partial state.
    /// </summary>
    public ReadOnlySpan<double> Costs => _cost;

    /// <summary>Label of the source that reaches each node first after <see cref="MultiSource"/> (−1 when unreached).</summary>
    public ReadOnlySpan<int> Labels => _label;

    /// <summary>Arc by which each node was reached in the last search (−1 for sources and unreached nodes).</summary>
    public ReadOnlySpan<int> PredecessorArcs => _pred;

    /// <summary>Cost of the snap leg between an original point and its location on the network.</summary>
    /// <param name="location">The location.</param>
    /// <param name="metric">Metres or seconds.</param>
    public double SnapCost(in EdgeLocation location, RouteMetric metric) =>
        metric == RouteMetric.Length ? location.SnapDistanceM : location.SnapDistanceM / _graph.Profile.SpeedMps;

    /// <summary>Dijkstra from one node to every node; read <see cref="Costs"/> afterwards.</summary>
    /// <param name="source">Source node.</param>
    /// <param name="metric">Metres or seconds.</param>
    public void OneToAll(int source, RouteMetric metric)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(source);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(source, _graph.NodeCount);
        Reset();
        Seed(source, 0, 0);
        Dijkstra(metric);
    }

    /// <summary>
    /// Dijkstra from many sources at once: every source starts at its snap cost (plus the partial cost along its edge),
    /// and each node ends with the cost and label of its nearest source — e.g. all shelter entrances at once gives the
    /// nearest shelter of every node in one pass. Read <see cref="Costs"/>, <see cref="Labels"/>, or
    /// <see cref="CostTo"/> for points on edges.
    /// </summary>
    /// <param name="sources">Access points with labels; invalid locations are ignored.</param>
    /// <param name="metric">Metres or seconds.</param>
    public void MultiSource(ReadOnlySpan<RouteSource> sources, RouteMetric metric)
    {
        Reset();
        _sources = sources.ToArray();
        _sourceMetric = metric;
        _sourcesByEdge.Clear();
        _nextSource = new int[_sources.Length];
        for (var i = 0; i < _sources.Length; i++)
        {
            var location = _sources[i].Location;
            if (!location.IsValid)
            {
                continue;
            }

            ArgumentOutOfRangeException.ThrowIfNegative(_sources[i].Label, nameof(sources));
            _nextSource[i] = _sourcesByEdge.GetValueOrDefault(location.Edge, -1);
            _sourcesByEdge[location.Edge] = i;
            var start = SnapCost(location, metric);
            var (toSource, toTarget) = Partial(location, metric);
            var edge = location.Edge;
            Seed(_graph.EdgeSource(edge), start + toSource, _sources[i].Label);
            Seed(_graph.EdgeTarget(edge), start + toTarget, _sources[i].Label);
        }

        Dijkstra(metric);
    }

    // Before a search that may reach every node.
    private void Reset()
    {
        _heap.Clear();
        Array.Fill(_cost, double.PositiveInfinity);
        Array.Fill(_pred, -1);
        Array.Fill(_label, -1);
        _sources = [];
        _touchedCount = 0;
        _wholeArraysDirty = true;
    }

    // Before a point-to-point search, which records the nodes it touches (see Touch) and never writes labels.
    private void ResetTouched()
    {
        if (_wholeArraysDirty)
        {
            Reset();
            _wholeArraysDirty = false;
            return;
        }

        _heap.Clear();
        for (var i = 0; i < _touchedCount; i++)
        {
            var node = _touched[i];
            _cost[node] = double.PositiveInfinity;
            _pred[node] = -1;
        }

        _touchedCount = 0;
    }

    // Records a node whose cost is about to leave +∞ in a point-to-point search.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Touch(int node)
    {
        if (double.IsPositiveInfinity(_cost[node]))
        {
            _touched[_touchedCount++] = node;
        }
    }

    private void Seed(int node, double cost, int label)
    {
        if (cost < _cost[node])
        {
            _cost[node] = cost;
            _pred[node] = -1;
            _label[node] = label;
            _heap.Push(node, cost);
        }
    }

    private void Dijkstra(RouteMetric metric)
    {
        var first = _graph.FirstArcs;
        var targets = _graph.ArcTargets;
        var costs = _graph.ArcCosts(metric);
        var cost = _cost;
        var pred = _pred;
        var label = _label;
        var heap = _heap;
        while (heap.Count > 0)
        {
            var u = heap.Pop();
            var cu = cost[u];
            var lu = label[u];
            var end = first[u + 1];
            for (var a = first[u]; a < end; a++)
            {
                var v = targets[a];
                var c = cu + costs[a];
                if (c < cost[v])
                {
                    cost[v] = c;
                    pred[v] = a;
                    label[v] = lu;
                    heap.Push(v, c);
                }
            }
        }
    }

    // Costs from a location to its edge's source and target nodes along the edge.
    private (double ToSource, double ToTarget) Partial(in EdgeLocation location, RouteMetric metric)
    {
        var length = _graph.EdgeLengthM(location.Edge);
        var whole = _graph.EdgeCost(location.Edge, metric);
        var fraction = length > 0 ? Math.Clamp(location.OffsetM / length, 0, 1) : 0;
        return (fraction * whole, (1 - fraction) * whole);
    }
}
