namespace Seismic.Engine.Routing;

/// <summary>What a shortest-path search minimises.</summary>
public enum RouteMetric
{
    /// <summary>Length in metres along the walkable network (the cost pgRouting compares).</summary>
    Length,

    /// <summary>Walking time in seconds for the graph's <see cref="WalkingProfile"/> (steps slower).</summary>
    WalkTime,
}
