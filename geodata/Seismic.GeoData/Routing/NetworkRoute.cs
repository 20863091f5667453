using NetTopologySuite.Geometries;
using Seismic.Engine.Routing;

namespace Seismic.GeoData.Routing;

/// <summary>A walking route between two WGS84 points.</summary>
/// <param name="Path">The search result: found flag, distance, time, snapped ends, arcs.</param>
/// <param name="Geometry">WGS84 LineString from the original start through the network to the original end (snap
/// legs included); empty when no route was found.</param>
public sealed record NetworkRoute(PathResult Path, LineString Geometry);
