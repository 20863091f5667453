using NetTopologySuite.Geometries;

namespace Seismic.Maps.Builders;

/// <summary>A walking route drawn on the evacuation map: from a building through the network to its shelter.</summary>
/// <param name="BuildingId">Building id.</param>
/// <param name="ShelterId">Shelter id.</param>
/// <param name="Geometry">WGS84 line from the building to the shelter's access point.</param>
public sealed record EvacuationRoute(string BuildingId, string ShelterId, LineString Geometry);
