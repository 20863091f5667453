namespace Seismic.Engine.Hazard.Correlation;

/// <summary>
/// exp and ln from IEEE 754 +, −, ×, ÷ only, so seeded ground-motion fields have the same bits on every machine.
/// </summary>
/// <remarks>
/// <see cref="Math.Exp"/> and <see cref="Math.Log(double)"/> call the platform's math library (glibc, the Windows CRT, Apple's
/// libm), which IEEE 754 does not require to round correctly; results may differ in the last bit between operating
/// systems and processors. Basic arithmetic and <see cref="Math.Sqrt"/> are correctly rounded by IEEE 754, and .NET on
/// x64 and Arm64 neither keeps extended precision nor contracts a×b+c into a fused multiply-add unless asked, so the
/// polynomials below give identical bits everywhere. Accuracy: a few units in the last place (tests compare with the
/// platform functions at 1e-15 relative), ample for residual sampling.
/// </remarks>
internal static class DeterministicMath
{
    // ln 2 split so that k × Ln2Hi is exact for |k| < 2^11 (the low 21 bits of Ln2Hi are zero), as in fdlibm.
    private const double Ln2Hi = 6.93147180369123816490e-01;
    private const double Ln2Lo = 1.90821492927058770002e-10;
    private const double InvLn2 = 1.44269504088896338700e+00;
    private const double Sqrt2 = 1.41421356237309514547e+00;
    private const double TwoPow54 = 18014398509481984.0;
    private const double SmallestNormal = 2.2250738585072014e-308;

    /// <summary>e^x. Range reduction x = k ln 2 + r, |r| ≤ ln2/2, then the Taylor series of e^r to r^14/14!
    /// (truncation below 1e-17 relative) and scaling by 2^k.</summary>
    /// <param name="x">The exponent.</param>
    /// <returns>e^x; 0 below −745, +∞ above 709.78.</returns>
    public static double Exp(double x)
    {
        if (double.IsNaN(x))
        {
            return double.NaN;
        }

        if (x < -745.2)
        {
            return 0.0;
        }

        if (x > 709.78)
        {
            return double.PositiveInfinity;
        }

        var k = Math.Round(x * InvLn2);
        var r = (x - (k * Ln2Hi)) - (k * Ln2Lo);

        // Horner form of Σ r^n / n!, n = 0…14.
        var p = 1.0 / 87178291200.0;
        p = (p * r) + (1.0 / 6227020800.0);
        p = (p * r) + (1.0 / 479001600.0);
        p = (p * r) + (1.0 / 39916800.0);
        p = (p * r) + (1.0 / 3628800.0);
        p = (p * r) + (1.0 / 362880.0);
        p = (p * r) + (1.0 / 40320.0);
        p = (p * r) + (1.0 / 5040.0);
        p = (p * r) + (1.0 / 720.0);
        p = (p * r) + (1.0 / 120.0);
        p = (p * r) + (1.0 / 24.0);
        p = (p * r) + (1.0 / 6.0);
        p = (p * r) + 0.5;
        p = (p * r) + 1.0;
        p = (p * r) + 1.0;

        var ki = (int)k;
        if (ki >= -1022)
        {
            return p * PowerOfTwo(ki);
        }

        // Subnormal result: scale in two exact steps so only the last multiplication rounds.
        return p * PowerOfTwo(ki + 600) * PowerOfTwo(-600);
    }

    /// <summary>ln x. x = m·2^e with m in [√½, √2), then ln m = 2 atanh(s), s = (m − 1)/(m + 1), |s| ≤ 0.172, by
    /// its series to s^23 (truncation below 1e-18 relative).</summary>
    /// <param name="x">The argument.</param>
    /// <returns>ln x; −∞ at 0, NaN below 0 or for NaN, +∞ at +∞.</returns>
    public static double Log(double x)
    {
        if (!(x > 0))
        {
            return x == 0 ? double.NegativeInfinity : double.NaN;
        }

        if (double.IsPositiveInfinity(x))
        {
            return x;
        }

        var e = 0;
        if (x < SmallestNormal)
        {
            x *= TwoPow54;
            e = -54;
        }

        var bits = BitConverter.DoubleToInt64Bits(x);
        e += (int)((bits >> 52) & 0x7FF) - 1023;
        var m = BitConverter.Int64BitsToDouble((bits & 0x000F_FFFF_FFFF_FFFFL) | 0x3FF0_0000_0000_0000L);
        if (m > Sqrt2)
        {
            m *= 0.5;
            e++;
        }

        var s = (m - 1.0) / (m + 1.0);
        var s2 = s * s;

        // Horner form of Σ s2^j / (2j + 1), j = 0…11.
        var q = 1.0 / 23.0;
        q = (q * s2) + (1.0 / 21.0);
        q = (q * s2) + (1.0 / 19.0);
        q = (q * s2) + (1.0 / 17.0);
        q = (q * s2) + (1.0 / 15.0);
        q = (q * s2) + (1.0 / 13.0);
        q = (q * s2) + (1.0 / 11.0);
        q = (q * s2) + (1.0 / 9.0);
        q = (q * s2) + (1.0 / 7.0);
        q = (q * s2) + (1.0 / 5.0);
        q = (q * s2) + (1.0 / 3.0);
        q = (q * s2) + 1.0;
        var lnM = 2.0 * s * q;

        return (e * Ln2Hi) + ((e * Ln2Lo) + lnM);
    }

    private static double PowerOfTwo(int k) => BitConverter.Int64BitsToDouble((long)(k + 1023) << 52);
}
