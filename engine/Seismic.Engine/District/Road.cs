using NetTopologySuite.Geometries;

namespace Seismic.Engine.District;

/// <summary>A road or path segment (WGS84 LineString).</summary>
/// <param name="Id">Unique identifier (the OSM way id for imported roads).</param>
/// <param name="Geometry">LineString, SRID 4326.</param>
/// <param name="Class">Functional class.</param>
/// <param name="Name">Street or bridge name, empty when unnamed.</param>
/// <param name="WidthM">Carriageway plus sidewalk width in metres (clear width available to pedestrians).</param>
/// <param name="OneWay">One-way for vehicles (oneway=yes); pedestrians may walk both ways.</param>
/// <param name="Structure">Bridge, tunnel or at grade.</param>
/// <param name="Layer">OSM layer=*: segments on different layers do not intersect even where they cross in plan.</param>
/// <param name="PedestrianAccess">Whether people may walk on it (decided from highway, foot=*, access=*).</param>
public sealed record Road(
    long Id,
    LineString Geometry,
    RoadClass Class,
    string Name,
    double WidthM,
    bool OneWay,
    RoadStructure Structure,
    int Layer,
    bool PedestrianAccess);
