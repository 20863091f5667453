using System.Globalization;

namespace Seismic.GeoData.Scoring;

/// <summary>
/// Design basic peak ground acceleration of a fortification intensity, GB 50011-2010 table 3.2.2 (the same values
/// as GB 18306-2015's zoning): 6 → 0.05 g, 7 → 0.10 g, 7.5 (7 degrees, 0.15 g zone) → 0.15 g, 8 → 0.20 g,
/// 8.5 (8 degrees, 0.30 g zone) → 0.30 g, 9 → 0.40 g.
/// </summary>
/// <remarks>
/// These are the design (fortification, 设防地震) accelerations with a 10 % probability of exceedance in 50 years.
/// The rare earthquake (罕遇地震) at intensity 7 is larger — 220 cm/s² ≈ 0.22 g, GB 50011-2010 table 5.1.2-2 — and is
/// what the resilience index's second level uses; to score at it, pass <c>--pga 0.22</c> instead of an intensity.
/// </remarks>
public static class IntensityPga
{
    private static readonly (double Intensity, double PgaG)[] Table =
        [(6, 0.05), (7, 0.10), (7.5, 0.15), (8, 0.20), (8.5, 0.30), (9, 0.40)];

    /// <summary>The intensities the table has: 6, 7, 7.5, 8, 8.5, 9.</summary>
    public static IReadOnlyList<double> Intensities { get; } = Array.ConvertAll(Table, t => t.Intensity);

    /// <summary>The design PGA of an intensity.</summary>
    /// <param name="intensity">6, 7, 7.5, 8, 8.5 or 9.</param>
    /// <param name="pgaG">PGA in g.</param>
    /// <returns>False for any other value.</returns>
    public static bool TryGetPgaG(double intensity, out double pgaG)
    {
        foreach (var (i, g) in Table)
        {
            if (Math.Abs(i - intensity) < 1e-9)
            {
                pgaG = g;
                return true;
            }
        }

        pgaG = double.NaN;
        return false;
    }

    /// <summary>"6, 7, 7.5, 8, 8.5 or 9" for messages.</summary>
    public static string Expected => string.Join(", ", Array.ConvertAll(Table, t => t.Intensity.ToString(CultureInfo.InvariantCulture)));
}
