using NetTopologySuite.Geometries;

namespace Seismic.Engine.District;

/// <summary>The district outline (WGS84).</summary>
/// <param name="Name">Name of the administrative area.</param>
/// <param name="Geometry">Polygon or MultiPolygon, SRID 4326.</param>
public sealed record DistrictBoundary(string Name, Geometry Geometry);
