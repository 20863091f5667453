namespace Seismic.GeoData.Synthesis;

/// <summary>
/// Local equirectangular metres around an origin, used only while generating. Over a district of 10–40 km the
/// error against a conformal projection stays below 0.1 %, far below the ~100 m quantisation of the outline.
/// Degree lengths are the WGS84 series (e.g. NGA "Length of a degree" formulas).
/// </summary>
internal sealed class LocalFrame
{
    public LocalFrame(double lon0, double lat0)
    {
        Lon0 = lon0;
        Lat0 = lat0;
        double phi = lat0 * Math.PI / 180.0;
        MetresPerDegreeLat = 111132.92 - (559.82 * Cos(2 * phi)) + (1.175 * Cos(4 * phi));
        MetresPerDegreeLon = (111412.84 * Cos(phi)) - (93.5 * Cos(3 * phi));
    }

    public double Lon0 { get; }

    public double Lat0 { get; }

    public double MetresPerDegreeLat { get; }

    public double MetresPerDegreeLon { get; }

    public double X(double lon) => (lon - Lon0) * MetresPerDegreeLon;

    public double Y(double lat) => (lat - Lat0) * MetresPerDegreeLat;

    public double Lon(double x) => Lon0 + (x / MetresPerDegreeLon);

    public double Lat(double y) => Lat0 + (y / MetresPerDegreeLat);

    /// <summary>
    /// Cosine by its Taylor series in plain IEEE arithmetic: Math.Cos may differ in the last bit between platforms'
    /// math libraries, which would change every generated coordinate. |x| ≤ 2π here; 30 terms converge fully.
    /// </summary>
    private static double Cos(double x)
    {
        double term = 1, sum = 1, x2 = x * x;
        for (int k = 1; k <= 30; k++)
        {
            term *= -x2 / ((2 * k - 1) * (2 * k));
            sum += term;
        }

        return sum;
    }
}
