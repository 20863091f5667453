namespace Seismic.Engine.Hazard.Rupture;

/// <summary>
/// Exact site distances to a <see cref="FiniteRupture"/> in the epicentre's local frame: Repi, Rhypo, Rjb, Rrup,
/// Rx and optionally Ry0 — the definitions of the NGA-West2 flat file (Ancheta et al. 2014) used by BSSA14 and CY14.
/// </summary>
/// <remarks>
/// Each site is projected onto the fault's axes: u along strike from the top edge's midpoint, v horizontally in the
/// dip direction from the top edge's surface trace. Rjb is the horizontal distance to the surface projection
/// (|u| ≤ L/2, 0 ≤ v ≤ W·cos δ; 0 inside); Rrup is the 3-D distance from the site (at the surface) to the nearest point
/// of the rectangle; Rx = v (positive on the hanging wall); Ry0 = max(|u| − L/2, 0).
/// </remarks>
public static class FiniteRuptureDistances
{
    /// <summary>Computes the distances for every site; outputs are km and may be passed to <see cref="SiteArrays"/>.</summary>
    /// <param name="rupture">The rupture.</param>
    /// <param name="eastM">Site east coordinates, metres from the epicentre.</param>
    /// <param name="northM">Site north coordinates, metres from the epicentre; same length.</param>
    /// <param name="repiKm">Receives epicentral distances, km; same length.</param>
    /// <param name="rhypoKm">Receives hypocentral distances, km; same length.</param>
    /// <param name="rjbKm">Receives Joyner–Boore distances, km; same length.</param>
    /// <param name="rrupKm">Receives rupture distances, km; same length.</param>
    /// <param name="rxKm">Receives Rx, km (negative on the footwall); same length.</param>
    /// <param name="ry0Km">Receives Ry0, km, when not empty; else same length.</param>
    public static void Compute(
        FiniteRupture rupture, ReadOnlySpan<double> eastM, ReadOnlySpan<double> northM,
        Span<double> repiKm, Span<double> rhypoKm, Span<double> rjbKm, Span<double> rrupKm, Span<double> rxKm,
        Span<double> ry0Km = default)
    {
        ArgumentNullException.ThrowIfNull(rupture);
        var n = eastM.Length;
        if (northM.Length != n || repiKm.Length != n || rhypoKm.Length != n || rjbKm.Length != n
            || rrupKm.Length != n || rxKm.Length != n || (!ry0Km.IsEmpty && ry0Km.Length != n))
        {
            throw new ArgumentException($"All spans must hold {n} values (north {northM.Length}, Repi {repiKm.Length}, Rhypo {rhypoKm.Length}, Rjb {rjbKm.Length}, Rrup {rrupKm.Length}, Rx {rxKm.Length}, Ry0 {ry0Km.Length} or empty).", nameof(northM));
        }

        var strike = double.DegreesToRadians(rupture.StrikeDeg);
        var dip = double.DegreesToRadians(rupture.DipDeg);
        var sinStrike = Math.Sin(strike);
        var cosStrike = Math.Cos(strike);
        var sinDip = Math.Sin(dip);
        var cosDip = rupture.DipDeg == 90 ? 0.0 : Math.Cos(dip);
        var halfLength = rupture.LengthKm / 2;
        var width = rupture.WidthKm;
        var projectedWidth = width * cosDip;
        var ztor = rupture.TopDepthKm;
        var depth2 = rupture.HypocentreDepthKm * rupture.HypocentreDepthKm;
        var hasRy0 = !ry0Km.IsEmpty;

        for (var i = 0; i < n; i++)
        {
            var east = eastM[i] / 1000.0;
            var north = northM[i] / 1000.0;
            var repi = Math.Sqrt(east * east + north * north);
            repiKm[i] = repi;
            rhypoKm[i] = Math.Sqrt(repi * repi + depth2);

            // Fault axes in (east, north): strike s = (sin θ, cos θ); dip direction d = (cos θ, −sin θ).
            var de = east - rupture.TopCentreEastKm;
            var dn = north - rupture.TopCentreNorthKm;
            var u = de * sinStrike + dn * cosStrike;
            var v = de * cosStrike - dn * sinStrike;
            rxKm[i] = v;

            var alongStrikeOutside = Math.Max(Math.Abs(u) - halfLength, 0.0);
            if (hasRy0)
            {
                ry0Km[i] = alongStrikeOutside;
            }

            var acrossOutside = v < 0 ? -v : v > projectedWidth ? v - projectedWidth : 0.0;
            rjbKm[i] = Math.Sqrt(alongStrikeOutside * alongStrikeOutside + acrossOutside * acrossOutside);

            // In the plane's frame (depth positive down, site at depth 0 so −ztor below the top edge): coordinate
            // down dip w = v·cos δ − ztor·sin δ, normal offset m = −v·sin δ − ztor·cos δ. The nearest point of the
            // rectangle clamps w to [0, W]; the along-strike excess is alongStrikeOutside.
            var w = v * cosDip - ztor * sinDip;
            var m = -v * sinDip - ztor * cosDip;
            var downDipOutside = w < 0 ? -w : w > width ? w - width : 0.0;
            rrupKm[i] = Math.Sqrt(alongStrikeOutside * alongStrikeOutside + downDipOutside * downDipOutside + m * m);
        }
    }
}
