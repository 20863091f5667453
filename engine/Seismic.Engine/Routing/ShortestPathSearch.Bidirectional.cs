namespace Seismic.Engine.Routing;

public sealed partial class ShortestPathSearch
{
    private double[] _backCost = [];
    private int[] _backPred = [];
    private NodeHeap? _backHeap;
    private int[] _backTouched = [];
    private int _backTouchedCount;

    /// <summary>Shortest path between two nodes by bidirectional Dijkstra.</summary>
    /// <param name="source">Start node.</param>
    /// <param name="target">End node.</param>
    /// <param name="metric">Metres or seconds.</param>
    public PathResult RouteBidirectional(int source, int target, RouteMetric metric = RouteMetric.Length) =>
        RouteBidirectional(_graph.AtNode(source), _graph.AtNode(target), metric);

    /// <summary>
    /// Shortest path between two snapped points by bidirectional Dijkstra: one search grows from the start and one
    /// from the end (the walkable graph is undirected, so the backward search walks the same arcs), always advancing
    /// the side with the smaller frontier key, and stops once the two smallest keys add up to no less than the best
    /// meeting found (Pohl's stopping rule). Each query resets only the labels the previous one set. Same cost as <see cref="Route(in EdgeLocation, in EdgeLocation, RouteMetric)"/>
    /// and plain Dijkstra, with no geometric bound, so it suits costs that straight lines do not bound.
    /// </summary>
    /// <param name="from">Start location.</param>
    /// <param name="to">End location.</param>
    /// <param name="metric">Metres or seconds.</param>
    public PathResult RouteBidirectional(in EdgeLocation from, in EdgeLocation to, RouteMetric metric = RouteMetric.Length)
    {
        if (!from.IsValid || !to.IsValid)
        {
            return PathResult.NotFound(metric, from, to);
        }

        ResetTouched();
        ResetBackward();
        var back = _backHeap!;
        var (fromS, fromT) = Partial(from, metric);
        var (toS, toT) = Partial(to, metric);
        var best = double.PositiveInfinity;
        var meet = -1;
        if (from.Edge == to.Edge)
        {
            var length = _graph.EdgeLengthM(from.Edge);
            best = length > 0 ? Math.Abs(from.OffsetM - to.OffsetM) / length * _graph.EdgeCost(from.Edge, metric) : 0;
        }

        // As in the A* search, a location exactly at an end node starts (or ends) there only.
        if (fromT > 0 || fromS == 0)
        {
            SeedSide(forward: true, _graph.EdgeSource(from.Edge), fromS);
        }

        if (fromS > 0)
        {
            SeedSide(forward: true, _graph.EdgeTarget(from.Edge), fromT);
        }

        if (toT > 0 || toS == 0)
        {
            SeedSide(forward: false, _graph.EdgeSource(to.Edge), toS);
        }

        if (toS > 0)
        {
            SeedSide(forward: false, _graph.EdgeTarget(to.Edge), toT);
        }

        var first = _graph.FirstArcs;
        var targets = _graph.ArcTargets;
        var costs = _graph.ArcCosts(metric);
        while (true)
        {
            var forwardKey = _heap.Count > 0 ? _heap.MinKey : double.PositiveInfinity;
            var backwardKey = back.Count > 0 ? back.MinKey : double.PositiveInfinity;
            if (forwardKey + backwardKey >= best)
            {
                break;
            }

            var forward = forwardKey <= backwardKey;
            var (cost, pred, other, heap) = forward
                ? (_cost, _pred, _backCost, _heap)
                : (_backCost, _backPred, _cost, back);
            var u = heap.Pop();
            var cu = cost[u];
            if (cu + other[u] < best)
            {
                (best, meet) = (cu + other[u], u);
            }

            var end = first[u + 1];
            for (var a = first[u]; a < end; a++)
            {
                var v = targets[a];
                var c = cu + costs[a];
                if (c < cost[v])
                {
                    if (double.IsPositiveInfinity(cost[v]))
                    {
                        TouchSide(forward, v);
                    }

                    cost[v] = c;
                    pred[v] = a;
                    heap.Push(v, c);
                    if (c + other[v] < best)
                    {
                        (best, meet) = (c + other[v], v);
                    }
                }
            }
        }

        if (double.IsPositiveInfinity(best))
        {
            return PathResult.NotFound(metric, from, to);
        }

        return meet < 0 ? SameEdgeResult(from, to, metric, best) : JoinedResult(from, to, metric, best, meet);
    }

    private void ResetBackward()
    {
        var n = _graph.NodeCount;
        if (_backHeap is null)
        {
            _backCost = new double[n];
            _backPred = new int[n];
            _backTouched = new int[n];
            _backHeap = new NodeHeap(n);
            Array.Fill(_backCost, double.PositiveInfinity);
            Array.Fill(_backPred, -1);
            return;
        }

        _backHeap.Clear();
        for (var i = 0; i < _backTouchedCount; i++)
        {
            var node = _backTouched[i];
            _backCost[node] = double.PositiveInfinity;
            _backPred[node] = -1;
        }

        _backTouchedCount = 0;
    }

    private void SeedSide(bool forward, int node, double value)
    {
        var (cost, pred, heap) = forward ? (_cost, _pred, _heap) : (_backCost, _backPred, _backHeap!);
        if (value < cost[node])
        {
            if (double.IsPositiveInfinity(cost[node]))
            {
                TouchSide(forward, node);
            }

            cost[node] = value;
            pred[node] = -1;
            heap.Push(node, value);
        }
    }

    // Records a node whose cost on one side leaves +∞, for the next query's reset.
    private void TouchSide(bool forward, int node)
    {
        if (forward)
        {
            _touched[_touchedCount++] = node;
        }
        else
        {
            _backTouched[_backTouchedCount++] = node;
        }
    }

    // The forward chain from the start to the meeting node, then the backward chain turned around to the end node.
    private PathResult JoinedResult(in EdgeLocation from, in EdgeLocation to, RouteMetric metric, double networkCost, int meet)
    {
        var arcs = new List<int>();
        var node = meet;
        while (_pred[node] >= 0)
        {
            arcs.Add(_pred[node]);
            node = Other(_pred[node], node);
        }

        var startNode = node;
        arcs.Reverse();
        node = meet;
        while (_backPred[node] >= 0)
        {
            var arc = _backPred[node];
            var next = Other(arc, node);
            arcs.Add(Twin(arc, node));
            node = next;
        }

        var endNode = node;
        double length = 0, seconds = 0;
        foreach (var arc in arcs)
        {
            var edge = _graph.ArcEdge(arc);
            length += _graph.EdgeLengthM(edge);
            seconds += _graph.EdgeWalkSeconds(edge);
        }

        var (startM, startS) = PartialTo(from, startNode);
        var (endM, endS) = PartialTo(to, endNode);
        var legs = from.SnapDistanceM + to.SnapDistanceM;
        return new PathResult(
            true, metric, networkCost + SnapCost(from, metric) + SnapCost(to, metric),
            length + startM + endM + legs, seconds + startS + endS + (legs / _graph.Profile.SpeedMps),
            from, to, startNode, endNode, [.. arcs]);
    }

    // The arc of the same edge in the other direction, leaving `tail` (the head of the given arc).
    private int Twin(int arc, int tail)
    {
        var edge = _graph.ArcEdge(arc);
        var forward = !_graph.ArcIsForward(arc);
        var first = _graph.FirstArcs;
        for (var a = first[tail]; a < first[tail + 1]; a++)
        {
            if (_graph.ArcEdge(a) == edge && _graph.ArcIsForward(a) == forward)
            {
                return a;
            }
        }

        throw new InvalidOperationException($"edge {edge} has no arc leaving node {tail}");
    }
}
