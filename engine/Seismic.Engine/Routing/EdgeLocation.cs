namespace Seismic.Engine.Routing;

/// <summary>
/// A point snapped onto an edge of a <see cref="PedestrianGraph"/>: the edge, the position along it and how far the
/// original point was from it. A route starts (or ends) here and leaves along the edge towards both of its ends with
/// the matching part of the edge's cost — the edge is split virtually, the graph is not changed.
/// </summary>
/// <param name="Edge">Edge index; −1 when nothing was found (<see cref="IsValid"/> false).</param>
/// <param name="Segment">Index of the straight piece of the edge's polyline holding the point (0-based).</param>
/// <param name="SegmentFraction">Position on that piece, 0 at its first vertex, 1 at its last.</param>
/// <param name="OffsetM">Distance along the edge from its source node in metres, in [0, edge length].</param>
/// <param name="SnapDistanceM">Straight distance from the original point to the snapped point in metres.</param>
/// <param name="X">Snapped point, metric easting.</param>
/// <param name="Y">Snapped point, metric northing.</param>
public readonly record struct EdgeLocation(
    int Edge, int Segment, double SegmentFraction, double OffsetM, double SnapDistanceM, double X, double Y)
{
    /// <summary>No location (empty graph, or nothing within reach).</summary>
    public static EdgeLocation None { get; } = new(-1, 0, 0, 0, double.PositiveInfinity, double.NaN, double.NaN);

    /// <summary>True when the location lies on an edge.</summary>
    public bool IsValid => Edge >= 0;
}
