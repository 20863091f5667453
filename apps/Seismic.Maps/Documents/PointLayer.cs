using NetTopologySuite.Geometries;

namespace Seismic.Maps.Documents;

/// <summary>Point markers (WGS84) drawn with one style.</summary>
/// <param name="Name">Layer name.</param>
/// <param name="Points">The marker positions, SRID 4326.</param>
/// <param name="Style">Marker shape, size and colours.</param>
public sealed record PointLayer(string Name, IReadOnlyList<Point> Points, MarkerStyle Style) : MapLayer(Name);
