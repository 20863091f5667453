namespace Seismic.Engine.Hazard.Correlation;

/// <summary>
/// A model of the spatial correlation of within-event residuals of ln(IMT) between two sites. Implementations are
/// immutable, thread-safe and give the same bits on every machine (no platform math library calls).
/// </summary>
public interface ISpatialCorrelationModel
{
    /// <summary>Short name, e.g. "jb2009".</summary>
    string Name { get; }

    /// <summary>True when the model has a correlation for <paramref name="imt"/>.</summary>
    /// <param name="imt">The IMT.</param>
    /// <returns>True when supported.</returns>
    bool Supports(Imt imt);

    /// <summary>The correlation coefficient of within-event residuals at two sites.</summary>
    /// <param name="separationM">Distance between the sites, m, ≥ 0 and finite.</param>
    /// <param name="imt">A supported IMT (else <see cref="ArgumentException"/>).</param>
    /// <returns>ρ in [0, 1]; 1 at zero separation.</returns>
    double Correlation(double separationM, Imt imt);
}
