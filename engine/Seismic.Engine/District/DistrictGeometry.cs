using NetTopologySuite;
using NetTopologySuite.Geometries;

namespace Seismic.Engine.District;

/// <summary>
/// The coordinate reference system of every district layer: WGS84 longitude/latitude (EPSG:4326).
/// Distances and areas are never taken in degrees; they go through a metric projection (see Seismic.GeoData).
/// </summary>
public static class DistrictGeometry
{
    /// <summary>EPSG code of WGS84 geographic coordinates, the storage CRS of all layers.</summary>
    public const int Wgs84Srid = 4326;

    /// <summary>The factory for all district geometries: floating precision, SRID 4326.</summary>
    public static GeometryFactory Factory { get; } =
        NtsGeometryServices.Instance.CreateGeometryFactory(new PrecisionModel(), Wgs84Srid);
}
