namespace Seismic.Drills.Reports;

/// <summary>
/// Sample percentiles by linear interpolation between closest ranks — Hyndman and Fan (1996) definition 7, the default
/// of R's <c>quantile</c>, NumPy's <c>percentile</c> and spreadsheet PERCENTILE.INC: h = (n − 1)·p, value =
/// x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]). The median is p = 0.5.
/// </summary>
public static class Percentile
{
    /// <summary>The p-th quantile of ascending values.</summary>
    /// <param name="sorted">Values in ascending order (not empty).</param>
    /// <param name="p">Quantile in [0, 1] (0.9 for the 90th percentile).</param>
    /// <returns>The interpolated value.</returns>
    public static double OfSorted(IReadOnlyList<double> sorted, double p)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        ArgumentOutOfRangeException.ThrowIfZero(sorted.Count);
        if (p is < 0 or > 1 || double.IsNaN(p))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "quantile must be in [0, 1]");
        }

        var h = (sorted.Count - 1) * p;
        var lo = (int)Math.Floor(h);
        if (lo >= sorted.Count - 1)
        {
            return sorted[^1];
        }

        return sorted[lo] + ((h - lo) * (sorted[lo + 1] - sorted[lo]));
    }
}
