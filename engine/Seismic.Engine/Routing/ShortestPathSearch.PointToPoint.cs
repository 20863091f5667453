namespace Seismic.Engine.Routing;

public sealed partial class ShortestPathSearch
{
    /// <summary>Shortest path between two nodes (A*).</summary>
    /// <param name="source">Start node.</param>
    /// <param name="target">End node.</param>
    /// <param name="metric">Metres or seconds.</param>
    public PathResult Route(int source, int target, RouteMetric metric = RouteMetric.Length) =>
        Route(_graph.AtNode(source), _graph.AtNode(target), metric);

    /// <summary>
    /// Shortest path between two snapped points (A*); the snap legs are part of the cost. "No route" (different
    /// components, or an invalid location) is a result with <see cref="PathResult.Found"/> false.
    /// </summary>
    /// <param name="from">Start location.</param>
    /// <param name="to">End location.</param>
    /// <param name="metric">Metres or seconds.</param>
    public PathResult Route(in EdgeLocation from, in EdgeLocation to, RouteMetric metric = RouteMetric.Length)
    {
        if (!from.IsValid || !to.IsValid)
        {
            return PathResult.NotFound(metric, from, to);
        }

        ResetTouched();
        var scale = metric == RouteMetric.Length ? 1.0 : _graph.TimeBoundPerMetre;
        var (fromS, fromT) = Partial(from, metric);
        var (toS, toT) = Partial(to, metric);
        int targetS = _graph.EdgeSource(to.Edge), targetT = _graph.EdgeTarget(to.Edge);
        var best = double.PositiveInfinity;
        var bestNode = -1;
        if (from.Edge == to.Edge)
        {
            var length = _graph.EdgeLengthM(from.Edge);
            best = length > 0 ? Math.Abs(from.OffsetM - to.OffsetM) / length * _graph.EdgeCost(from.Edge, metric) : 0;
        }

        var xs = _graph.NodeXs;
        var ys = _graph.NodeYs;
        double tx = to.X, ty = to.Y;
        var first = _graph.FirstArcs;
        var targets = _graph.ArcTargets;
        var costs = _graph.ArcCosts(metric);
        // A location exactly at an end node starts (or ends) there only: the far end is reached through the edge's
        // own arc at the same cost, and the route then reads as node to node.
        if (fromT > 0 || fromS == 0)
        {
            SeedAStar(_graph.EdgeSource(from.Edge), fromS, Bound(xs, ys, _graph.EdgeSource(from.Edge), tx, ty, scale));
        }

        if (fromS > 0)
        {
            SeedAStar(_graph.EdgeTarget(from.Edge), fromT, Bound(xs, ys, _graph.EdgeTarget(from.Edge), tx, ty, scale));
        }

        if (toS == 0 && toT > 0)
        {
            targetT = -1;
        }
        else if (toT == 0 && toS > 0)
        {
            targetS = -1;
        }

        while (_heap.Count > 0 && _heap.MinKey < best)
        {
            var u = _heap.Pop();
            var cu = _cost[u];
            if (u == targetS && cu + toS < best)
            {
                (best, bestNode) = (cu + toS, u);
            }

            if (u == targetT && cu + toT < best)
            {
                (best, bestNode) = (cu + toT, u);
            }

            var end = first[u + 1];
            for (var a = first[u]; a < end; a++)
            {
                var v = targets[a];
                var c = cu + costs[a];
                if (c < _cost[v])
                {
                    Touch(v);
                    _cost[v] = c;
                    _pred[v] = a;
                    _heap.Push(v, c + Bound(xs, ys, v, tx, ty, scale));
                }
            }
        }

        if (double.IsPositiveInfinity(best))
        {
            return PathResult.NotFound(metric, from, to);
        }

        return bestNode < 0 ? SameEdgeResult(from, to, metric, best) : Result(from, to, metric, best, bestNode);
    }

    /// <summary>
    /// The shortest of the paths from <paramref name="from"/> to each of <paramref name="targets"/> (the access points
    /// of one site): targets are tried in order of straight-line distance, and none whose straight-line lower bound is
    /// no better than the best path found is searched, so a park entered all round costs a few searches, not one per
    /// gate. Ties keep the nearer target in straight line. Not found when no target is reachable.
    /// </summary>
    /// <param name="from">Start location.</param>
    /// <param name="targets">Candidate end locations; invalid ones are skipped.</param>
    /// <param name="metric">Metres or seconds.</param>
    public PathResult RouteToNearest(in EdgeLocation from, ReadOnlySpan<EdgeLocation> targets, RouteMetric metric = RouteMetric.Length)
    {
        var scale = metric == RouteMetric.Length ? 1.0 : _graph.TimeBoundPerMetre;
        var order = new (double Bound, int Index)[targets.Length];
        for (var i = 0; i < targets.Length; i++)
        {
            double dx = targets[i].X - from.X, dy = targets[i].Y - from.Y;
            order[i] = (Math.Sqrt((dx * dx) + (dy * dy)) * scale, i);
        }

        Array.Sort(order);
        var best = PathResult.NotFound(metric, from, targets.Length > 0 ? targets[0] : EdgeLocation.None);
        foreach (var (bound, i) in order)
        {
            if (best.Found && bound >= best.Cost)
            {
                break;
            }

            if (!targets[i].IsValid)
            {
                continue;
            }

            var path = Route(from, targets[i], metric);
            if (path.Found && (!best.Found || path.Cost < best.Cost))
            {
                best = path;
            }
        }

        return best;
    }

    // Straight-line lower bound from a node to the target point: consistent because no edge is shorter than its chord.
    private static double Bound(ReadOnlySpan<double> xs, ReadOnlySpan<double> ys, int v, double tx, double ty, double scale)
    {
        double dx = xs[v] - tx, dy = ys[v] - ty;
        return Math.Sqrt((dx * dx) + (dy * dy)) * scale;
    }

    private void SeedAStar(int node, double cost, double bound)
    {
        if (cost < _cost[node])
        {
            Touch(node);
            _cost[node] = cost;
            _pred[node] = -1;
            _heap.Push(node, cost + bound);
        }
    }

    private PathResult SameEdgeResult(in EdgeLocation from, in EdgeLocation to, RouteMetric metric, double networkCost)
    {
        var edge = from.Edge;
        var length = _graph.EdgeLengthM(edge);
        var part = length > 0 ? Math.Abs(from.OffsetM - to.OffsetM) / length : 0;
        var legs = from.SnapDistanceM + to.SnapDistanceM;
        return new PathResult(
            true, metric, networkCost + SnapCost(from, metric) + SnapCost(to, metric),
            (part * length) + legs, (part * _graph.EdgeWalkSeconds(edge)) + (legs / _graph.Profile.SpeedMps),
            from, to, -1, -1, []);
    }

    private PathResult Result(in EdgeLocation from, in EdgeLocation to, RouteMetric metric, double networkCost, int endNode)
    {
        var count = 0;
        var node = endNode;
        for (; _pred[node] >= 0; count++)
        {
            node = Other(_pred[node], node);
        }

        var startNode = node;
        var arcs = new int[count];
        double length = 0, seconds = 0;
        node = endNode;
        for (var i = count - 1; i >= 0; i--)
        {
            var arc = _pred[node];
            arcs[i] = arc;
            var edge = _graph.ArcEdge(arc);
            length += _graph.EdgeLengthM(edge);
            seconds += _graph.EdgeWalkSeconds(edge);
            node = Other(arc, node);
        }

        var (startM, startS) = PartialTo(from, startNode);
        var (endM, endS) = PartialTo(to, endNode);
        var legs = from.SnapDistanceM + to.SnapDistanceM;
        return new PathResult(
            true, metric, networkCost + SnapCost(from, metric) + SnapCost(to, metric),
            length + startM + endM + legs, seconds + startS + endS + (legs / _graph.Profile.SpeedMps),
            from, to, startNode, endNode, arcs);
    }

    // The tail node of an arc, given its head.
    private int Other(int arc, int head)
    {
        var edge = _graph.ArcEdge(arc);
        return _graph.ArcIsForward(arc) ? _graph.EdgeSource(edge) : _graph.EdgeTarget(edge);
    }

    // Metres and seconds between a location and one end node of its edge (the nearer way round for a loop edge).
    private (double Metres, double Seconds) PartialTo(in EdgeLocation location, int node)
    {
        var edge = location.Edge;
        var length = _graph.EdgeLengthM(edge);
        var fraction = length > 0 ? Math.Clamp(location.OffsetM / length, 0, 1) : 0;
        var part = node == _graph.EdgeSource(edge) && (node != _graph.EdgeTarget(edge) || fraction <= 0.5)
            ? fraction
            : 1 - fraction;
        return (part * length, part * _graph.EdgeWalkSeconds(edge));
    }
}
