using NetTopologySuite.Geometries;

namespace Seismic.Engine.District;

/// <summary>A community residents' committee area (社区), the level below the street.</summary>
/// <param name="Code">Stable identifier, unique in the district.</param>
/// <param name="Name">Chinese name, e.g. "青凤社区".</param>
/// <param name="NameEn">English or pinyin name, e.g. "Qingfeng Community".</param>
/// <param name="StreetCode">Code of the street the community belongs to.</param>
/// <param name="Geometry">Polygon or MultiPolygon, SRID 4326.</param>
public sealed record Community(string Code, string Name, string NameEn, string StreetCode, Geometry Geometry);
