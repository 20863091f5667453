using NetTopologySuite.Geometries;

namespace Seismic.Maps.Documents;

/// <summary>Areas (Polygon / MultiPolygon, WGS84) drawn with one style. Other geometry types are ignored.</summary>
/// <param name="Name">Layer name.</param>
/// <param name="Geometries">The areas, SRID 4326.</param>
/// <param name="Style">Fill and outline.</param>
public sealed record PolygonLayer(string Name, IReadOnlyList<Geometry> Geometries, AreaStyle Style) : MapLayer(Name);
