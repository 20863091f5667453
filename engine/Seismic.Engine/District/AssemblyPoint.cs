using NetTopologySuite.Geometries;

namespace Seismic.Engine.District;

/// <summary>An assembly point (集合点) where residents gather for headcount after evacuating.</summary>
/// <param name="Id">Unique identifier.</param>
/// <param name="Name">Name, e.g. "青凤社区集合点".</param>
/// <param name="Location">Point, SRID 4326.</param>
/// <param name="CommunityCode">Community it serves, empty when unknown.</param>
public sealed record AssemblyPoint(string Id, string Name, Point Location, string CommunityCode);
