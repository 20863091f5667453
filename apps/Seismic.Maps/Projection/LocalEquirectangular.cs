namespace Seismic.Maps.Projection;

/// <summary>
/// The drawing plane of district maps: a local equirectangular projection centred on (lon0, lat0),
/// x = (lon − lon0)·cos(lat0)·N0/M0 and y = lat − lat0, both in degrees of latitude.
/// </summary>
/// <remarks>
/// N0 and M0 are the WGS84 prime-vertical and meridian radii of curvature at lat0; their ratio (1.0056 at 23° N)
/// corrects the plain spherical formula x = (lon − lon0)·cos(lat0) so the plane is true to scale in both directions
/// at lat0 — without it east–west distances would be 0.56 % short against north–south ones.
/// Distortion: the east–west scale at latitude φ is off by about −tan(lat0)·(φ − lat0) (radians); for Haizhu
/// (±0.04° around 23.08° N) that is ±0.03 %, and north–south scale is off by less than 0.001 %. Shapes and the scale
/// bar are therefore exact to print precision at district scale; the formula is not meant for areas wider than a few
/// tens of kilometres.
/// </remarks>
internal sealed class LocalEquirectangular
{
    private const double SemiMajorM = 6_378_137.0;
    private const double Flattening = 1 / 298.257223563;
    private const double Eccentricity2 = Flattening * (2 - Flattening);

    public LocalEquirectangular(double lon0, double lat0)
    {
        Lon0 = lon0;
        Lat0 = lat0;
        var phi = lat0 * Math.PI / 180;
        var w = 1 - (Eccentricity2 * Math.Sin(phi) * Math.Sin(phi));
        var meridianRadiusM = SemiMajorM * (1 - Eccentricity2) / (w * Math.Sqrt(w));
        var primeVerticalRadiusM = SemiMajorM / Math.Sqrt(w);
        XFactor = Math.Cos(phi) * primeVerticalRadiusM / meridianRadiusM;
        MetresPerUnit = meridianRadiusM * Math.PI / 180;
    }

    public double Lon0 { get; }

    public double Lat0 { get; }

    /// <summary>Plane units per degree of longitude: cos(lat0)·N0/M0.</summary>
    public double XFactor { get; }

    /// <summary>Ground metres per plane unit at lat0 (the meridian length of one degree of latitude).</summary>
    public double MetresPerUnit { get; }

    public double X(double lon) => (lon - Lon0) * XFactor;

    public double Y(double lat) => lat - Lat0;
}
