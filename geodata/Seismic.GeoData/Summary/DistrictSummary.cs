namespace Seismic.GeoData.Summary;

/// <summary>
/// Key figures of a district model, for the <c>seismic district info</c> command and its <c>--json</c> output.
/// Areas and lengths are measured in the metric CRS named by <see cref="MetricCrs"/>; counts and sums are exact.
/// </summary>
/// <param name="Name">District name, e.g. "海珠区".</param>
/// <param name="NameEn">English name.</param>
/// <param name="Code">Administrative code, empty when unknown.</param>
/// <param name="Source">Where the data came from ("synthetic", "osm" …).</param>
/// <param name="Streets">Number of streets (街道).</param>
/// <param name="Communities">Number of communities (社区).</param>
/// <param name="Roads">Number of road segments.</param>
/// <param name="Buildings">Number of buildings.</param>
/// <param name="Shelters">Number of shelters, candidates included.</param>
/// <param name="ShelterEntrances">Number of shelter entrances.</param>
/// <param name="AssemblyPoints">Number of assembly points.</param>
/// <param name="PopulationDay">Sum of building occupants on a weekday afternoon.</param>
/// <param name="PopulationNight">Sum of building occupants at 2 a.m. (residents).</param>
/// <param name="FloorAreaM2">Sum of the known gross floor areas, m².</param>
/// <param name="BuildingsWithoutFloorArea">Buildings whose floor area is unknown (not in <paramref name="FloorAreaM2"/>).</param>
/// <param name="AreaKm2">Area of the district boundary, km².</param>
/// <param name="ShelterCapacity">Sum of shelter capacities (persons), candidates included.</param>
/// <param name="SheltersByCategory">Count and capacity per shelter category, in category order, only categories present.</param>
/// <param name="WalkableRoadKm">Length of road segments open to pedestrians, km.</param>
/// <param name="Bridges">Road segments on a bridge.</param>
/// <param name="Tunnels">Road segments in a tunnel.</param>
/// <param name="Extent">Bounding box of the boundary in WGS84 degrees; null when the boundary is empty (NaN would not
/// serialise to JSON).</param>
/// <param name="StorageCrs">CRS of the stored data: "WGS 84 (EPSG:4326)".</param>
/// <param name="MetricCrs">CRS used for measurement, e.g. "WGS 84 / UTM zone 49N (EPSG:32649)".</param>
/// <param name="StreetRows">One row per street, in model order.</param>
/// <param name="CommunityRows">One row per community, in model order.</param>
public sealed record DistrictSummary(
    string Name,
    string NameEn,
    string Code,
    string Source,
    int Streets,
    int Communities,
    int Roads,
    int Buildings,
    int Shelters,
    int ShelterEntrances,
    int AssemblyPoints,
    long PopulationDay,
    long PopulationNight,
    double FloorAreaM2,
    int BuildingsWithoutFloorArea,
    double AreaKm2,
    long ShelterCapacity,
    IReadOnlyList<ShelterCategorySummary> SheltersByCategory,
    double WalkableRoadKm,
    int Bridges,
    int Tunnels,
    LonLatBox? Extent,
    string StorageCrs,
    string MetricCrs,
    IReadOnlyList<StreetSummary> StreetRows,
    IReadOnlyList<CommunitySummary> CommunityRows);
