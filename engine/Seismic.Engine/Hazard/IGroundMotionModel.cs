namespace Seismic.Engine.Hazard;

/// <summary>
/// A ground-motion model (GMPE): the median and the aleatory variability of an intensity measure at many sites for
/// one rupture. Implementations are immutable and thread-safe.
/// </summary>
public interface IGroundMotionModel
{
    /// <summary>Short name used on the command line, e.g. "bssa14".</summary>
    string Name { get; }

    /// <summary>The paper the model comes from.</summary>
    string Reference { get; }

    /// <summary>The magnitude scale the model was regressed on; <see cref="RuptureParameters.Magnitude"/> gives it.</summary>
    MagnitudeScale MagnitudeScale { get; }

    /// <summary>The site inputs the model reads.</summary>
    SiteInputs Requires { get; }

    /// <summary>The IMTs the model has coefficients for. Untabulated periods are not interpolated.</summary>
    IReadOnlyList<Imt> SupportedImts { get; }

    /// <summary>True when the model gives between-event (τ) and within-event (φ) sigmas, not only the total.</summary>
    bool ProvidesSigmaComponents { get; }

    /// <summary>True when <paramref name="imt"/> is one of <see cref="SupportedImts"/>.</summary>
    /// <param name="imt">The IMT.</param>
    /// <returns>True when supported.</returns>
    bool Supports(Imt imt);

    /// <summary>The magnitudes the model is valid for, for a style of faulting.</summary>
    /// <param name="mechanism">The rupture's mechanism.</param>
    /// <returns>The range on <see cref="MagnitudeScale"/>.</returns>
    MagnitudeRange ValidMagnitudes(FaultMechanism mechanism);

    /// <summary>
    /// Evaluates the model at every site. Magnitudes outside <see cref="ValidMagnitudes"/> are extrapolated; checking
    /// them is the caller's decision. Nothing is allocated per site.
    /// </summary>
    /// <param name="rupture">The rupture.</param>
    /// <param name="imt">A supported IMT (else <see cref="ArgumentException"/>).</param>
    /// <param name="sites">The sites; the spans in <see cref="Requires"/> must hold <see cref="SiteArrays.Count"/> values.</param>
    /// <param name="lnMedian">Receives ln of the median: of g for PGA and SA, of cm/s for PGV.</param>
    /// <param name="sigmaTotal">Receives the total standard deviation of ln(IMT).</param>
    /// <param name="tau">Receives the between-event standard deviation, NaN when not <see cref="ProvidesSigmaComponents"/>.</param>
    /// <param name="phi">Receives the within-event standard deviation, NaN when not <see cref="ProvidesSigmaComponents"/>.</param>
    void Evaluate(
        in RuptureParameters rupture, Imt imt, in SiteArrays sites,
        Span<double> lnMedian, Span<double> sigmaTotal, Span<double> tau, Span<double> phi);
}
