namespace Seismic.Engine.Hazard.Intensity;

/// <summary>
/// Chinese seismic intensity (中国地震烈度) from instrumental ground motion per GB/T 17742-2020 (The Chinese seismic
/// intensity scale), Appendix A: I_A = 3.17·log10(PGA) + 6.59 with PGA in m/s², I_V = 3.00·log10(PGV) + 9.77 with PGV
/// in m/s, both from the horizontal components.
/// </summary>
/// <remarks>
/// Combination (Appendix A): when I_A ≥ 6.0 and I_V ≥ 6.0 the intensity is I_V (velocity correlates better with
/// damage at high intensities); otherwise it is the mean (I_A + I_V)/2. The result is rounded to one decimal and
/// clamped to 1.0–12.0. A PGA or PGV of zero gives log10 = −∞ and therefore intensity 1.0; NaN stays NaN.
/// </remarks>
public static class ChinaIntensity
{
    /// <summary>Lowest intensity of the scale.</summary>
    public const double Minimum = 1.0;

    /// <summary>Highest intensity of the scale.</summary>
    public const double Maximum = 12.0;

    private static readonly string[] Numerals = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

    /// <summary>Unrounded, unclamped intensity from PGA, I_A.</summary>
    /// <param name="pgaMps2">Peak ground acceleration, m/s².</param>
    /// <returns>3.17·log10(PGA) + 6.59.</returns>
    public static double FromPga(double pgaMps2) => 3.17 * Math.Log10(pgaMps2) + 6.59;

    /// <summary>Unrounded, unclamped intensity from PGV, I_V.</summary>
    /// <param name="pgvMps">Peak ground velocity, m/s.</param>
    /// <returns>3.00·log10(PGV) + 9.77.</returns>
    public static double FromPgv(double pgvMps) => 3.00 * Math.Log10(pgvMps) + 9.77;

    /// <summary>The instrumental intensity I_I from PGA and PGV (combined, rounded to 0.1, clamped to 1–12).</summary>
    /// <param name="pgaMps2">Peak ground acceleration, m/s².</param>
    /// <param name="pgvMps">Peak ground velocity, m/s.</param>
    /// <returns>The intensity, 1.0–12.0 in steps of 0.1; NaN when an input is NaN.</returns>
    public static double FromPgaPgv(double pgaMps2, double pgvMps)
    {
        var ia = FromPga(pgaMps2);
        var iv = FromPgv(pgvMps);
        var combined = ia >= 6.0 && iv >= 6.0 ? iv : (ia + iv) / 2;
        if (double.IsNaN(combined))
        {
            return double.NaN;
        }

        return Math.Clamp(Math.Round(combined, 1, MidpointRounding.AwayFromZero), Minimum, Maximum);
    }

    /// <summary>Computes <see cref="FromPgaPgv"/> for every site.</summary>
    /// <param name="pgaMps2">PGA per site, m/s².</param>
    /// <param name="pgvMps">PGV per site, m/s; same length.</param>
    /// <param name="intensity">Receives the intensities; same length.</param>
    public static void Compute(ReadOnlySpan<double> pgaMps2, ReadOnlySpan<double> pgvMps, Span<double> intensity)
    {
        var n = pgaMps2.Length;
        if (pgvMps.Length != n || intensity.Length != n)
        {
            throw new ArgumentException($"All spans must hold {n} values (PGV {pgvMps.Length}, intensity {intensity.Length}).", nameof(pgvMps));
        }

        for (var i = 0; i < n; i++)
        {
            intensity[i] = FromPgaPgv(pgaMps2[i], pgvMps[i]);
        }
    }

    /// <summary>The integer degree of an instrumental intensity: rounded half up, as the scale's degrees span
    /// I − 0.5 to I + 0.5.</summary>
    /// <param name="intensity">Intensity, 1.0–12.0.</param>
    /// <returns>The degree, 1–12.</returns>
    public static int Degree(double intensity)
    {
        if (double.IsNaN(intensity))
        {
            throw new ArgumentOutOfRangeException(nameof(intensity), intensity, "Intensity is NaN.");
        }

        return (int)Math.Clamp(Math.Floor(intensity + 0.5), Minimum, Maximum);
    }

    /// <summary>Roman numeral of a degree, as the scale writes it (I–XII).</summary>
    /// <param name="degree">Degree, 1–12.</param>
    /// <returns>The numeral.</returns>
    public static string RomanNumeral(int degree)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(degree, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(degree, 12);
        return Numerals[degree - 1];
    }

    /// <summary>A display label for an intensity, e.g. "VII (7.2)".</summary>
    /// <param name="intensity">Intensity, 1.0–12.0.</param>
    /// <returns>The numeral of its degree and the value with one decimal.</returns>
    public static string Label(double intensity) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{RomanNumeral(Degree(intensity))} ({intensity:0.0})");
}
