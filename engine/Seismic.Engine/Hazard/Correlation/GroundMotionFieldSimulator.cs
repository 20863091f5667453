namespace Seismic.Engine.Hazard.Correlation;

/// <summary>
/// Ground-motion fields of one scenario: ln Y = ln median + τ·η + φ·ε at every site (η between-event, one per
/// realization; ε within-event, spatially correlated; both standardised), or the median alone in
/// <see cref="MedianOnly"/> mode. Thread-safe; allocates nothing per realization.
/// </summary>
/// <remarks>
/// τ and φ come from a model with <see cref="IGroundMotionModel.ProvidesSigmaComponents"/>; splitting the total
/// sigma this way (e.g. Jayaram and Baker 2009, Eq. 1) is what lets the correlation act on the within-event part only.
/// </remarks>
public sealed class GroundMotionFieldSimulator
{
    private readonly CorrelatedResidualSampler? _sampler;

    /// <summary>A simulator that draws residuals from <paramref name="sampler"/>.</summary>
    /// <param name="sampler">The scenario's residual sampler.</param>
    public GroundMotionFieldSimulator(CorrelatedResidualSampler sampler)
    {
        ArgumentNullException.ThrowIfNull(sampler);
        _sampler = sampler;
        SiteCount = sampler.SiteCount;
    }

    private GroundMotionFieldSimulator(int siteCount)
    {
        SiteCount = siteCount;
    }

    /// <summary>Number of sites.</summary>
    public int SiteCount { get; }

    /// <summary>True when every realization is the median field (no residuals).</summary>
    public bool IsMedianOnly => _sampler is null;

    /// <summary>A simulator whose every realization is the median field.</summary>
    /// <param name="siteCount">Number of sites, ≥ 0.</param>
    /// <returns>The simulator.</returns>
    public static GroundMotionFieldSimulator MedianOnly(int siteCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(siteCount);
        return new GroundMotionFieldSimulator(siteCount);
    }

    /// <summary>One realization of the field.</summary>
    /// <param name="realization">The realization number; the same number gives the same field.</param>
    /// <param name="lnMedian">ln of the median at each site (from <see cref="IGroundMotionModel.Evaluate"/>).</param>
    /// <param name="tau">Between-event standard deviation at each site; may be empty in median-only mode.</param>
    /// <param name="phi">Within-event standard deviation at each site; may be empty in median-only mode.</param>
    /// <param name="lnY">Receives ln Y at each site; may not overlap the inputs.</param>
    /// <returns>η of the realization (0 in median-only mode).</returns>
    public double Generate(
        ulong realization, ReadOnlySpan<double> lnMedian, ReadOnlySpan<double> tau, ReadOnlySpan<double> phi,
        Span<double> lnY)
    {
        var n = SiteCount;
        CheckLength(lnMedian.Length, n, nameof(lnMedian));
        CheckLength(lnY.Length, n, nameof(lnY));
        if (_sampler is null)
        {
            lnMedian.CopyTo(lnY);
            return 0;
        }

        CheckLength(tau.Length, n, nameof(tau));
        CheckLength(phi.Length, n, nameof(phi));

        // ε is written into lnY and turned into ln Y in place, so no scratch buffer is needed.
        var eta = _sampler.Sample(realization, lnY);
        for (var i = 0; i < n; i++)
        {
            if (double.IsNaN(tau[i]) || double.IsNaN(phi[i]))
            {
                ThrowNoComponents(i);
            }

            lnY[i] = lnMedian[i] + (tau[i] * eta) + (phi[i] * lnY[i]);
        }

        return eta;
    }

    private static void CheckLength(int length, int n, string name)
    {
        if (length != n)
        {
            throw new ArgumentException($"{name} holds {length} values, not one per site ({n}).", name);
        }
    }

    private static void ThrowNoComponents(int site) =>
        throw new ArgumentException(
            $"τ or φ is NaN at site {site}: the model gives only a total sigma; use a model with sigma components.");
}
