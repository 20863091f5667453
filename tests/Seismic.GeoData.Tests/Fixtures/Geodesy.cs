namespace Seismic.GeoData.Tests.Fixtures;

/// <summary>Closed-form ellipsoidal reference values, independent of any projection library.</summary>
public static class Geodesy
{
    /// <summary>WGS 84 semi-major axis, m.</summary>
    public const double A = 6378137.0;

    /// <summary>WGS 84 flattening.</summary>
    public const double F = 1 / 298.257223563;

    private static readonly double E2 = F * (2 - F);
    private static readonly double E = Math.Sqrt(E2);

    /// <summary>
    /// Area of the graticule rectangle [lon1, lon2] × [lat1, lat2] on the WGS 84 ellipsoid, m²:
    /// a²·Δλ·(q₂ − q₁)/2 with the authalic function q(φ) of Snyder 1987 (USGS PP 1395), eq. 3-12.
    /// </summary>
    public static double GraticuleAreaM2(double lon1, double lat1, double lon2, double lat2) =>
        A * A * double.DegreesToRadians(lon2 - lon1) * (Q(lat2) - Q(lat1)) / 2;

    private static double Q(double latDeg)
    {
        var s = Math.Sin(double.DegreesToRadians(latDeg));
        return (1 - E2) * ((s / (1 - (E2 * s * s))) - (Math.Log((1 - (E * s)) / (1 + (E * s))) / (2 * E)));
    }

    /// <summary>
    /// Length of a short segment (a few km at most) on the WGS 84 ellipsoid, m: √((M·Δφ)² + (N·cos φ·Δλ)²) with the
    /// meridian and prime-vertical radii M, N at the mid-latitude; relative error below 1e-6 at that scale.
    /// </summary>
    public static double ShortSegmentM(double lon1, double lat1, double lon2, double lat2)
    {
        var phi = double.DegreesToRadians((lat1 + lat2) / 2);
        var s = Math.Sin(phi);
        var w = 1 - (E2 * s * s);
        var m = A * (1 - E2) / (w * Math.Sqrt(w));
        var n = A / Math.Sqrt(w);
        var dy = m * double.DegreesToRadians(lat2 - lat1);
        var dx = n * Math.Cos(phi) * double.DegreesToRadians(lon2 - lon1);
        return Math.Sqrt((dx * dx) + (dy * dy));
    }
}
