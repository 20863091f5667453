namespace Seismic.Engine.Hazard.Correlation;

/// <summary>
/// Spatial correlation of within-event residuals by Jayaram N. and Baker J.W. (2009), "Correlation model for
/// spatially distributed ground-motion intensities", Earthquake Engineering and Structural Dynamics 38:1687–1708:
/// ρ(h) = exp(−3h/b) (Eq. 20), with the range b in km from the period (p. 1700):
/// <list type="bullet">
/// <item>Case 1, Vs30 of neighbouring sites not clustered (Eq. 17): b = 8.5 + 17.2 T for T &lt; 1 s.</item>
/// <item>Case 2, Vs30 clustered (Eq. 18): b = 40.7 − 15.0 T for T &lt; 1 s.</item>
/// <item>Both cases (Eq. 19): b = 22.0 + 3.7 T for T ≥ 1 s.</item>
/// </list>
/// PGA uses T = 0. The paper fits SA from 0 to 10 s and has no PGV model, so PGV is not supported.
/// </summary>
/// <remarks>
/// b is the distance at which ρ falls to exp(−3) ≈ 0.05. The exponential is evaluated with
/// <see cref="DeterministicMath.Exp"/> so the correlation matrix, and every field built from it, has the same bits on
/// every machine.
/// </remarks>
public sealed class JayaramBaker2009Correlation : ISpatialCorrelationModel
{
    /// <summary>Creates the model.</summary>
    /// <param name="vs30Clustered">True for case 2 (Eq. 18): the Vs30 values of neighbouring sites are similar, as when
    /// they come from one geological unit of a site-class map; false for case 1 (Eq. 17): Vs30 varies from site to
    /// site, as with measured or well-resolved values.</param>
    public JayaramBaker2009Correlation(bool vs30Clustered = false)
    {
        Vs30Clustered = vs30Clustered;
    }

    /// <inheritdoc/>
    public string Name => "jb2009";

    /// <summary>True for case 2 of the paper (Vs30 clustered, Eq. 18).</summary>
    public bool Vs30Clustered { get; }

    /// <inheritdoc/>
    public bool Supports(Imt imt) => imt.Kind != ImtKind.Pgv;

    /// <summary>The range b of the model (Eqs. 17–19).</summary>
    /// <param name="imt">PGA or SA(T).</param>
    /// <returns>b in km.</returns>
    public double RangeKm(Imt imt)
    {
        if (!Supports(imt))
        {
            throw new ArgumentException($"Jayaram and Baker (2009) give no correlation for {imt}; use PGA or SA(T).", nameof(imt));
        }

        var t = imt.PeriodS;
        if (t >= 1)
        {
            return 22.0 + (3.7 * t);
        }

        return Vs30Clustered ? 40.7 - (15.0 * t) : 8.5 + (17.2 * t);
    }

    /// <inheritdoc/>
    public double Correlation(double separationM, Imt imt)
    {
        if (!(separationM >= 0) || double.IsInfinity(separationM))
        {
            throw new ArgumentOutOfRangeException(nameof(separationM), separationM, "The separation must be a finite distance ≥ 0 m.");
        }

        var rangeM = RangeKm(imt) * 1000.0;
        return DeterministicMath.Exp(-3.0 * separationM / rangeM);
    }
}
