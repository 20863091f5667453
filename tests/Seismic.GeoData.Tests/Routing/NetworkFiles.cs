using NetTopologySuite.Geometries;

namespace Seismic.GeoData.Tests.Routing;

/// <summary>The hand-drawn networks under data/networks.</summary>
internal static class NetworkFiles
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "data", "networks", name);

    /// <summary>A lon/lat coordinate.</summary>
    public static Coordinate At(double lon, double lat) => new(lon, lat);
}
