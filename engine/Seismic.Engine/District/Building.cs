using NetTopologySuite.Geometries;

namespace Seismic.Engine.District;

/// <summary>A building of the district model (WGS84 footprint or point).</summary>
/// <param name="Id">Unique building identifier (编号).</param>
/// <param name="Footprint">Polygon footprint, or a Point where only the location is known; SRID 4326.</param>
/// <param name="StructureType">Structural system; <see cref="StructureType.Other"/> when unknown.</param>
/// <param name="YearBuilt">Year of completion, null when unknown.</param>
/// <param name="Storeys">Storeys above ground, null when unknown.</param>
/// <param name="BasementStoreys">Storeys below ground.</param>
/// <param name="HeightM">Height in metres, null when unknown.</param>
/// <param name="FloorAreaM2">Gross floor area in m², null when unknown.</param>
/// <param name="Use">Main use.</param>
/// <param name="OccupantsDay">People inside on a weekday afternoon.</param>
/// <param name="OccupantsNight">People inside at 2 a.m. (residents for housing).</param>
/// <param name="StreetCode">Code of the containing street, empty when outside any.</param>
/// <param name="CommunityCode">Code of the containing community, empty when outside any.</param>
/// <param name="Address">Postal address, empty when unknown.</param>
/// <param name="SourceType">The source's own building type (OSM building=*), empty when none.</param>
public sealed record Building(
    string Id,
    Geometry Footprint,
    StructureType StructureType,
    int? YearBuilt,
    int? Storeys,
    int BasementStoreys,
    double? HeightM,
    double? FloorAreaM2,
    BuildingUse Use,
    int OccupantsDay,
    int OccupantsNight,
    string StreetCode,
    string CommunityCode,
    string Address,
    string SourceType);
