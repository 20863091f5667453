namespace Seismic.Engine.Hazard;

/// <summary>
/// Site distances from a point-source rupture: epicentral (great circle on a sphere of radius 6371 km), hypocentral
/// (Pythagoras with the hypocentral depth) and the azimuth from the strike. For a point source Rjb ≈ Repi and
/// Rrup ≈ Rhypo (see <see cref="SiteArrays"/>).
/// </summary>
public static class PointSourceDistances
{
    /// <summary>Mean Earth radius, km (IUGG mean radius R1).</summary>
    public const double EarthRadiusKm = 6371.0;

    /// <summary>Computes Repi, Rhypo and the azimuth for every site.</summary>
    /// <param name="rupture">The rupture (epicentre, hypocentral depth, strike).</param>
    /// <param name="lonDeg">Site longitudes, degrees.</param>
    /// <param name="latDeg">Site latitudes, degrees; same length.</param>
    /// <param name="repiKm">Receives epicentral distances, km; same length.</param>
    /// <param name="rhypoKm">Receives hypocentral distances, km; same length.</param>
    /// <param name="azimuthDeg">Receives the azimuth of each site seen from the epicentre, degrees clockwise from the
    /// strike, in [0, 360); same length.</param>
    public static void Compute(
        in RuptureParameters rupture, ReadOnlySpan<double> lonDeg, ReadOnlySpan<double> latDeg,
        Span<double> repiKm, Span<double> rhypoKm, Span<double> azimuthDeg)
    {
        var n = lonDeg.Length;
        if (latDeg.Length != n || repiKm.Length != n || rhypoKm.Length != n || azimuthDeg.Length != n)
        {
            throw new ArgumentException($"All spans must hold {n} values (latitudes {latDeg.Length}, Repi {repiKm.Length}, Rhypo {rhypoKm.Length}, azimuth {azimuthDeg.Length}).", nameof(latDeg));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(rupture.HypocentreDepthKm, nameof(rupture));
        var lon0 = double.DegreesToRadians(rupture.EpicentreLonDeg);
        var lat0 = double.DegreesToRadians(rupture.EpicentreLatDeg);
        var cosLat0 = Math.Cos(lat0);
        var sinLat0 = Math.Sin(lat0);
        var depth2 = rupture.HypocentreDepthKm * rupture.HypocentreDepthKm;
        for (var i = 0; i < n; i++)
        {
            var lat = double.DegreesToRadians(latDeg[i]);
            var dLon = double.DegreesToRadians(lonDeg[i]) - lon0;
            var cosLat = Math.Cos(lat);

            // Haversine: accurate at the short distances of a district, unlike the spherical law of cosines.
            var sinHalfLat = Math.Sin((lat - lat0) / 2);
            var sinHalfLon = Math.Sin(dLon / 2);
            var a = sinHalfLat * sinHalfLat + cosLat0 * cosLat * sinHalfLon * sinHalfLon;
            var repi = 2 * EarthRadiusKm * Math.Asin(Math.Min(1.0, Math.Sqrt(a)));
            repiKm[i] = repi;
            rhypoKm[i] = Math.Sqrt(repi * repi + depth2);

            var bearing = double.RadiansToDegrees(Math.Atan2(
                Math.Sin(dLon) * cosLat, cosLat0 * Math.Sin(lat) - sinLat0 * cosLat * Math.Cos(dLon)));
            var azimuth = (bearing - rupture.StrikeDeg) % 360.0;
            azimuthDeg[i] = azimuth < 0 ? azimuth + 360.0 : azimuth;
        }
    }
}
