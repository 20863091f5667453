namespace Seismic.Engine.Hazard;

/// <summary>
/// A point-source rupture: magnitude, style of faulting, epicentre, hypocentral depth and strike. Finite faults
/// (top-of-rupture depth, dip, width) come later; the distance measures that need them are approximated from the
/// point source (see <see cref="SiteArrays"/>).
/// </summary>
/// <param name="MomentMagnitude">Moment magnitude Mw.</param>
/// <param name="SurfaceWaveMagnitude">Surface-wave magnitude Ms when known (catalogue value); when null, models on
/// the Ms scale use <see cref="MagnitudeConversion.MwToMs"/>.</param>
/// <param name="RakeDeg">Rake in degrees (−180…180) when known; it decides the mechanism (see
/// <see cref="MechanismFromRake"/>) and overrides <paramref name="Mechanism"/>.</param>
/// <param name="Mechanism">Style of faulting when the rake is not known.</param>
/// <param name="HypocentreDepthKm">Hypocentral depth, km, ≥ 0.</param>
/// <param name="EpicentreLonDeg">Epicentre longitude, degrees (WGS 84).</param>
/// <param name="EpicentreLatDeg">Epicentre latitude, degrees (WGS 84).</param>
/// <param name="StrikeDeg">Fault strike, degrees clockwise from north: the long axis of the isoseismal ellipse of the
/// Chinese models (Yu et al. 2013). Azimuths of sites are measured from it.</param>
/// <param name="DipDeg">Fault dip, degrees (0–90]; 90 for a vertical fault.</param>
/// <param name="TopOfRuptureKm">Depth to the top of the rupture, km, when known; null lets CY14 use its
/// magnitude-dependent mean (no Ztor adjustment).</param>
public readonly record struct RuptureParameters(
    double MomentMagnitude,
    double? SurfaceWaveMagnitude = null,
    double? RakeDeg = null,
    FaultMechanism Mechanism = FaultMechanism.Unspecified,
    double HypocentreDepthKm = 10,
    double EpicentreLonDeg = 0,
    double EpicentreLatDeg = 0,
    double StrikeDeg = 0,
    double DipDeg = 90,
    double? TopOfRuptureKm = null)
{
    /// <summary>The mechanism the models use: from the rake when given, else <see cref="Mechanism"/>.</summary>
    public FaultMechanism EffectiveMechanism => RakeDeg is { } rake ? MechanismFromRake(rake) : Mechanism;

    /// <summary>
    /// A rupture described by its surface-wave magnitude (Chinese catalogues); Mw follows from
    /// <see cref="MagnitudeConversion.MsToMw"/>.
    /// </summary>
    /// <param name="ms">Surface-wave magnitude.</param>
    /// <returns>The rupture with both magnitudes set and the other parameters at their defaults.</returns>
    public static RuptureParameters FromSurfaceWaveMagnitude(double ms) =>
        new(MagnitudeConversion.MsToMw(ms), ms);

    /// <summary>The magnitude on a model's scale.</summary>
    /// <param name="scale">The scale.</param>
    /// <returns>Mw, or Ms (given, or converted from Mw by Cheng et al. 2017).</returns>
    public double Magnitude(MagnitudeScale scale) =>
        scale == MagnitudeScale.Mw ? MomentMagnitude : SurfaceWaveMagnitude ?? MagnitudeConversion.MwToMs(MomentMagnitude);

    /// <summary>
    /// Style of faulting from rake, with the NGA-West2 convention (Boore et al. 2014): strike-slip within 30° of
    /// horizontal (|rake| ≤ 30° or ≥ 150°), reverse for 30° &lt; rake &lt; 150°, normal for −150° &lt; rake &lt; −30°.
    /// </summary>
    /// <param name="rakeDeg">Rake in degrees, −180…180.</param>
    /// <returns>The mechanism; <see cref="FaultMechanism.Unspecified"/> for NaN.</returns>
    public static FaultMechanism MechanismFromRake(double rakeDeg)
    {
        if (double.IsNaN(rakeDeg))
        {
            return FaultMechanism.Unspecified;
        }

        var abs = Math.Abs(rakeDeg);
        if (abs <= 30 || abs >= 150)
        {
            return FaultMechanism.StrikeSlip;
        }

        return rakeDeg > 0 ? FaultMechanism.Reverse : FaultMechanism.Normal;
    }
}
