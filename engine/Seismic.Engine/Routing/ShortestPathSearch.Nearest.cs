namespace Seismic.Engine.Routing;

public sealed partial class ShortestPathSearch
{
    private readonly Dictionary<int, int> _sourcesByEdge = [];
    private RouteSource[] _sources = [];
    private int[] _nextSource = [];
    private RouteMetric _sourceMetric;

    /// <summary>
    /// After <see cref="MultiSource"/>: the cost from the nearest source to a location (its snap leg included) and that
    /// source's label. Exact for a location on the same edge as a source (the direct walk along the edge counts).
    /// Returns +∞ and label −1 when no source reaches it or the location is invalid.
    /// </summary>
    /// <param name="location">A location on the graph (e.g. a building's snapped door).</param>
    /// <param name="label">Label of the nearest source, −1 when none.</param>
    public double CostTo(in EdgeLocation location, out int label)
    {
        label = -1;
        if (!location.IsValid)
        {
            return double.PositiveInfinity;
        }

        var metric = _sourceMetric;
        var edge = location.Edge;
        var (toSource, toTarget) = Partial(location, metric);
        int s = _graph.EdgeSource(edge), t = _graph.EdgeTarget(edge);
        var best = _cost[s] + toSource;
        if (best < double.PositiveInfinity)
        {
            label = _label[s];
        }

        var viaTarget = _cost[t] + toTarget;
        if (viaTarget < best)
        {
            best = viaTarget;
            label = _label[t];
        }

        if (_sourcesByEdge.Count > 0 && _sourcesByEdge.TryGetValue(edge, out var i))
        {
            var perMetre = _graph.EdgeLengthM(edge) > 0 ? _graph.EdgeCost(edge, metric) / _graph.EdgeLengthM(edge) : 0;
            for (; i >= 0; i = _nextSource[i])
            {
                var source = _sources[i];
                var direct = SnapCost(source.Location, metric)
                    + (Math.Abs(source.Location.OffsetM - location.OffsetM) * perMetre);
                if (direct < best)
                {
                    best = direct;
                    label = source.Label;
                }
            }
        }

        return best + SnapCost(location, metric);
    }

    /// <summary>
    /// After <see cref="MultiSource"/>: nearest source of many locations (e.g. every building) — cost and label per
    /// location, written into caller-supplied buffers.
    /// </summary>
    /// <param name="locations">Snapped locations.</param>
    /// <param name="labels">Receives the nearest source's label (−1 when unreachable); same length.</param>
    /// <param name="costs">Receives the cost, snap legs included (+∞ when unreachable); same length.</param>
    public void NearestSources(ReadOnlySpan<EdgeLocation> locations, Span<int> labels, Span<double> costs)
    {
        if (labels.Length != locations.Length || costs.Length != locations.Length)
        {
            throw new ArgumentException("labels and costs must have one entry per location", nameof(labels));
        }

        for (var i = 0; i < locations.Length; i++)
        {
            costs[i] = CostTo(locations[i], out labels[i]);
        }
    }
}
