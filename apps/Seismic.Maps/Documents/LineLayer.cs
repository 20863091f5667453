using NetTopologySuite.Geometries;

namespace Seismic.Maps.Documents;

/// <summary>
/// Lines (LineString / MultiLineString, WGS84) drawn with one style. Polygon geometries contribute their rings, so a
/// line layer can also draw outlines only. Points are ignored.
/// </summary>
/// <param name="Name">Layer name.</param>
/// <param name="Geometries">The lines, SRID 4326.</param>
/// <param name="Style">Colour, width, casing, dashes.</param>
public sealed record LineLayer(string Name, IReadOnlyList<Geometry> Geometries, LineStyle Style) : MapLayer(Name);
