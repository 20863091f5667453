namespace Seismic.Engine.District;

/// <summary>
/// A whole district: its boundary and every typed layer. All geometries are WGS84 (SRID 4326).
/// </summary>
/// <param name="Info">Name, origin and provenance of the model.</param>
/// <param name="Boundary">The district outline.</param>
/// <param name="Streets">Sub-district streets (街道) tiling the district.</param>
/// <param name="Communities">Communities (社区) tiling the streets.</param>
/// <param name="Roads">Road and path segments.</param>
/// <param name="Buildings">Buildings with their structural and occupancy attributes.</param>
/// <param name="Shelters">Emergency shelters (应急避难场所) and candidate open spaces.</param>
/// <param name="AssemblyPoints">Assembly points for headcount after evacuation.</param>
public sealed record DistrictModel(
    DistrictInfo Info,
    DistrictBoundary Boundary,
    IReadOnlyList<Street> Streets,
    IReadOnlyList<Community> Communities,
    IReadOnlyList<Road> Roads,
    IReadOnlyList<Building> Buildings,
    IReadOnlyList<Shelter> Shelters,
    IReadOnlyList<AssemblyPoint> AssemblyPoints);
