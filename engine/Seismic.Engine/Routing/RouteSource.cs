namespace Seismic.Engine.Routing;

/// <summary>A source of a multi-source search: an access point and the label reported for what it reaches.</summary>
/// <param name="Location">Access point on the network (its snap distance is part of the cost).</param>
/// <param name="Label">Caller's label, ≥ 0 — e.g. the shelter index, shared by all entrances of one shelter.</param>
public readonly record struct RouteSource(EdgeLocation Location, int Label);
