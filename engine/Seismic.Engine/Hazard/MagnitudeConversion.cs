namespace Seismic.Engine.Hazard;

/// <summary>
/// Conversion between moment magnitude Mw and surface-wave magnitude Ms for mainland China: the bilinear relation of
/// Cheng, Rong, Magistrale, Chen and Xu (2017), "An Mw-based historical earthquake catalog for mainland China",
/// BSSA 107(5), 2490–2500: Mw = 0.86·Ms + 0.59 below Mw 6.58 and Mw = 1.28·Ms − 2.42 above.
/// </summary>
public static class MagnitudeConversion
{
    /// <summary>The moment magnitude where the two branches of the relation meet.</summary>
    public const double BranchMw = 6.58;

    /// <summary>Ms from Mw: (Mw − 0.59)/0.86 for Mw &lt; 6.58, else (Mw + 2.42)/1.28.</summary>
    /// <param name="mw">Moment magnitude.</param>
    /// <returns>Surface-wave magnitude. The two branches differ by 0.07 at Mw 6.58 (Ms 6.97 against 7.03).</returns>
    public static double MwToMs(double mw) => mw < BranchMw ? (mw - 0.59) / 0.86 : (mw + 2.42) / 1.28;

    /// <summary>
    /// Mw from Ms, the inverse of <see cref="MwToMs"/>: 0.86·Ms + 0.59 up to Ms 6.965, 1.28·Ms − 2.42 from
    /// Ms 7.031; between the two (the gap the branch step leaves) Mw is the branch point 6.58, so the inverse stays
    /// monotonic.
    /// </summary>
    /// <param name="ms">Surface-wave magnitude.</param>
    /// <returns>Moment magnitude.</returns>
    public static double MsToMw(double ms)
    {
        var low = 0.86 * ms + 0.59;
        if (low < BranchMw)
        {
            return low;
        }

        return Math.Max(1.28 * ms - 2.42, BranchMw);
    }
}
