using NetTopologySuite.Geometries;

namespace Seismic.Engine.District;

/// <summary>A sub-district street (街道), the level below the district.</summary>
/// <param name="Code">Stable identifier, e.g. "440105-04".</param>
/// <param name="Name">Chinese name, e.g. "江南中街道".</param>
/// <param name="NameEn">English name, e.g. "Jiangnan Middle Street".</param>
/// <param name="Geometry">Polygon or MultiPolygon, SRID 4326.</param>
public sealed record Street(string Code, string Name, string NameEn, Geometry Geometry);
