namespace Seismic.Engine.Risk.Scenario;

/// <summary>Mean and 5th/50th/95th percentiles of a quantity over the realizations of a scenario.</summary>
/// <param name="Mean">Mean over realizations.</param>
/// <param name="P5">5th percentile.</param>
/// <param name="P50">Median.</param>
/// <param name="P95">95th percentile.</param>
public readonly record struct ScenarioStatistic(double Mean, double P5, double P50, double P95)
{
    /// <summary>Summarises samples; percentiles interpolate linearly between order statistics (Hyndman and Fan 1996, definition 7).</summary>
    /// <param name="samples">One value per realization, at least one; sorted in place.</param>
    /// <returns>The statistic.</returns>
    public static ScenarioStatistic From(Span<double> samples)
    {
        if (samples.IsEmpty)
        {
            throw new ArgumentException("At least one sample is needed.", nameof(samples));
        }

        var sum = 0.0;
        foreach (var s in samples)
        {
            sum += s;
        }

        samples.Sort();
        return new ScenarioStatistic(sum / samples.Length, Percentile(samples, 0.05), Percentile(samples, 0.50), Percentile(samples, 0.95));
    }

    /// <summary>Linear-interpolation percentile of sorted samples (definition 7: h = (n − 1)p).</summary>
    /// <param name="sorted">Samples in ascending order, at least one.</param>
    /// <param name="p">Probability in [0, 1].</param>
    /// <returns>The percentile.</returns>
    public static double Percentile(ReadOnlySpan<double> sorted, double p)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(p, 0.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(p, 1.0);
        var h = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
