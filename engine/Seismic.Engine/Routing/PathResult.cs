namespace Seismic.Engine.Routing;

/// <summary>
/// The outcome of a point-to-point search. "No route" is a result (<see cref="Found"/> false, infinite costs), not an
/// exception. Distances and times include the snap legs from the original points to the network.
/// </summary>
/// <param name="Found">True when the two points are connected.</param>
/// <param name="Metric">What was minimised.</param>
/// <param name="Cost">Minimised cost: metres or seconds; +∞ when not found.</param>
/// <param name="DistanceM">Length of the route in metres, snap legs included; +∞ when not found.</param>
/// <param name="WalkSeconds">Walking time in seconds for the graph's profile, snap legs included; +∞ when not found.</param>
/// <param name="From">Where the route joins the network.</param>
/// <param name="To">Where the route leaves the network.</param>
/// <param name="StartNode">First graph node on the route; −1 when the route stays on one edge (or none was found).</param>
/// <param name="EndNode">Last graph node on the route; −1 when the route stays on one edge (or none was found).</param>
/// <param name="Arcs">Directed arcs from <paramref name="StartNode"/> to <paramref name="EndNode"/> (empty when they
/// coincide or when the route stays on one edge).</param>
public readonly record struct PathResult(
    bool Found,
    RouteMetric Metric,
    double Cost,
    double DistanceM,
    double WalkSeconds,
    EdgeLocation From,
    EdgeLocation To,
    int StartNode,
    int EndNode,
    int[] Arcs)
{
    /// <summary>The result for points that are not connected.</summary>
    /// <param name="metric">What was minimised.</param>
    /// <param name="from">Start location.</param>
    /// <param name="to">End location.</param>
    public static PathResult NotFound(RouteMetric metric, EdgeLocation from, EdgeLocation to) =>
        new(false, metric, double.PositiveInfinity, double.PositiveInfinity, double.PositiveInfinity, from, to, -1, -1, []);
}
