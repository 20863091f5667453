namespace Seismic.Engine.Hazard.Rupture;

/// <summary>
/// Rupture dimensions from moment magnitude by Wells &amp; Coppersmith (1994), "New empirical relationships among
/// magnitude, rupture length, rupture width, rupture area, and surface displacement", BSSA 84(4), 974–1002,
/// Table 2A: subsurface rupture length log10(RLD) = a + b·M and downdip rupture width log10(RW) = a + b·M, km.
/// </summary>
/// <remarks>
/// Coefficients (Table 2A; the same values are used by several public seismology codes, which were checked against):
/// RLD — strike-slip a = −2.57, b = 0.62; reverse −2.42, 0.58; normal −1.88, 0.50; all −2.44, 0.59.
/// RW — strike-slip a = −0.76, b = 0.27; reverse −1.61, 0.41; normal −1.14, 0.35; all −1.01, 0.32.
/// The paper's data span about M 4.8–8.1 (RLD) and M 4.8–8.0 (RW); outside that range the values are extrapolations.
/// An unspecified mechanism uses the "all slip types" regression.
/// </remarks>
public static class WellsCoppersmith1994
{
    /// <summary>Median subsurface rupture length RLD, km (Table 2A).</summary>
    /// <param name="momentMagnitude">Moment magnitude Mw.</param>
    /// <param name="mechanism">Style of faulting; <see cref="FaultMechanism.Unspecified"/> uses "all".</param>
    /// <returns>10^(a + b·M), km.</returns>
    public static double SubsurfaceRuptureLengthKm(double momentMagnitude, FaultMechanism mechanism)
    {
        var (a, b) = mechanism switch
        {
            FaultMechanism.StrikeSlip => (-2.57, 0.62),
            FaultMechanism.Reverse => (-2.42, 0.58),
            FaultMechanism.Normal => (-1.88, 0.50),
            _ => (-2.44, 0.59),
        };
        return Math.Pow(10, a + b * momentMagnitude);
    }

    /// <summary>Median downdip rupture width RW, km (Table 2A).</summary>
    /// <param name="momentMagnitude">Moment magnitude Mw.</param>
    /// <param name="mechanism">Style of faulting; <see cref="FaultMechanism.Unspecified"/> uses "all".</param>
    /// <returns>10^(a + b·M), km.</returns>
    public static double DownDipWidthKm(double momentMagnitude, FaultMechanism mechanism)
    {
        var (a, b) = mechanism switch
        {
            FaultMechanism.StrikeSlip => (-0.76, 0.27),
            FaultMechanism.Reverse => (-1.61, 0.41),
            FaultMechanism.Normal => (-1.14, 0.35),
            _ => (-1.01, 0.32),
        };
        return Math.Pow(10, a + b * momentMagnitude);
    }
}
