namespace Seismic.Engine.Hazard;

/// <summary>
/// Yu Yanxiang, Li Shanyou and Xiao Lin (2013), "Development of ground motion attenuation relations for the new
/// seismic hazard map of China", Technology for Earthquake Disaster Prevention 8(1) — the relations behind the
/// fifth-generation national map (GB 18306-2015), eastern China active region (东部强震区), PGA and PGV, on Ms.
/// </summary>
/// <remarks>
/// The model is elliptical: ln Y = A + B·Ms + C·ln(R + D·e^{E·Ms}) along the long axis (the strike) and, with other
/// coefficients, along the short axis; each has a segment for Ms ≤ 6.5 and one for Ms &gt; 6.5. Equal-motion
/// contours are ellipses. For a site at epicentral distance Repi and azimuth θ from the strike:
/// (1) find the long-axis distance Ra whose ellipse passes through the site — the short-axis distance Rb is the one
/// with the same long/short-axis motion, A_L + B_L·Ms + C_L·ln(Ra + D_L·e^{E_L·Ms}) = A_S + B_S·Ms + C_S·ln(Rb + D_S·e^{E_S·Ms}),
/// and the ellipse radius Ra·Rb/√(Ra²sin²θ + Rb²cos²θ) must equal Repi (solved by Illinois regula falsi to 1e-10 relative);
/// (2) evaluate each axis relation at √(R² + 15²) — a 15 km source depth, as in the national map's implementation
/// and OpenQuake's verification tables; (3) combine the two (nearly equal) axis values with the ellipse's polar form
/// ln Y = L·S/√((L·sinθ)² + (S·cosθ)²). Where L and S have opposite signs (ln Y ≈ 0) a cos²/sin² blend is used
/// instead, since the polar form is meaningless there. PGA is converted from cm/s² to g with g = 9.80665 m/s²; the
/// verification tables used 9.8 (0.07 % apart).
/// Only the total sigma is published (0.5428 for PGA, 0.6233 for PGV, ln units); τ and φ are reported as NaN.
/// Valid magnitudes: Ms 4.0–8.5, the magnitude bounds of the national map's source model (the paper states no
/// separate range).
/// </remarks>
public sealed class YuEtAl2013Eastern : IGroundMotionModel
{
    private const double DepthTermKm2 = 15.0 * 15.0;
    private const double SegmentBoundaryMs = 6.5;
    private static readonly double LnGalPerG = Math.Log(980.665);
    private static readonly Imt[] Imts = [Imt.Pga, Imt.Pgv];

    /// <inheritdoc />
    public string Name => "yu2013-eastern";

    /// <inheritdoc />
    public string Reference =>
        "Yu Yanxiang, Li Shanyou, Xiao Lin (2013). Development of ground motion attenuation relations for the new seismic hazard map of China. Technology for Earthquake Disaster Prevention 8(1), 24-33. Eastern China region.";

    /// <inheritdoc />
    public MagnitudeScale MagnitudeScale => MagnitudeScale.Ms;

    /// <inheritdoc />
    public SiteInputs Requires => SiteInputs.Repi | SiteInputs.Azimuth;

    /// <inheritdoc />
    public IReadOnlyList<Imt> SupportedImts => Imts;

    /// <inheritdoc />
    public bool ProvidesSigmaComponents => false;

    /// <inheritdoc />
    public bool Supports(Imt imt) => imt == Imt.Pga || imt == Imt.Pgv;

    /// <inheritdoc />
    public MagnitudeRange ValidMagnitudes(FaultMechanism mechanism) => new(4.0, 8.5, MagnitudeScale.Ms);

    /// <inheritdoc />
    public void Evaluate(
        in RuptureParameters rupture, Imt imt, in SiteArrays sites,
        Span<double> lnMedian, Span<double> sigmaTotal, Span<double> tau, Span<double> phi)
    {
        if (!Supports(imt))
        {
            throw new ArgumentException($"Yu et al. (2013) gives PGA and PGV only, not {imt}.", nameof(imt));
        }

        sites.EnsureHas(Requires);
        var n = sites.Count;
        if (lnMedian.Length < n || sigmaTotal.Length < n || tau.Length < n || phi.Length < n)
        {
            throw new ArgumentException($"Every output span must hold at least {n} values.", nameof(lnMedian));
        }

        var ms = rupture.Magnitude(MagnitudeScale.Ms);
        var large = ms > SegmentBoundaryMs;
        var longAxis = Yu2013AxisCoefficients.Find(imt, large, longAxis: true)!;
        var shortAxis = Yu2013AxisCoefficients.Find(imt, large, longAxis: false)!;
        var axes = new Axes(
            longAxis.A + longAxis.B * ms, longAxis.C, longAxis.D * Math.Exp(longAxis.E * ms),
            shortAxis.A + shortAxis.B * ms, shortAxis.C, shortAxis.D * Math.Exp(shortAxis.E * ms));
        var unitShift = imt == Imt.Pga ? LnGalPerG : 0.0;
        var sigma = longAxis.Sigma;

        var repis = sites.Repi;
        var azimuths = sites.AzimuthDeg;
        for (var i = 0; i < n; i++)
        {
            var (sin, cos) = Math.SinCos(double.DegreesToRadians(azimuths[i]));
            var sin2 = sin * sin;
            var cos2 = cos * cos;
            var ra = axes.SolveLongAxisDistance(repis[i], sin2, cos2);
            var rb = Math.Max(axes.ShortAxisDistance(ra), 0.0);
            var lnLong = axes.LongA + axes.LongC * Math.Log(Math.Sqrt(ra * ra + DepthTermKm2) + axes.LongD);
            var lnShort = axes.ShortA + axes.ShortC * Math.Log(Math.Sqrt(rb * rb + DepthTermKm2) + axes.ShortD);
            lnMedian[i] = Blend(lnLong, lnShort, sin2, cos2) - unitShift;
            sigmaTotal[i] = sigma;
            tau[i] = double.NaN;
            phi[i] = double.NaN;
        }
    }

    /// <summary>Polar form of the ellipse with semi-axes L and S at the site's azimuth, sign-safe.</summary>
    private static double Blend(double lnLong, double lnShort, double sin2, double cos2)
    {
        if (lnLong * lnShort <= 0)
        {
            return lnLong * cos2 + lnShort * sin2;
        }

        var magnitude = Math.Abs(lnLong * lnShort) / Math.Sqrt(lnLong * lnLong * sin2 + lnShort * lnShort * cos2);
        return lnLong > 0 ? magnitude : -magnitude;
    }

    /// <summary>The per-call axis terms: A + B·Ms, C and D·e^{E·Ms} of each axis.</summary>
    private readonly record struct Axes(double LongA, double LongC, double LongD, double ShortA, double ShortC, double ShortD)
    {
        /// <summary>Short-axis distance with the same motion (without the depth term) as long-axis distance ra.</summary>
        public double ShortAxisDistance(double ra) =>
            Math.Exp((LongA + LongC * Math.Log(ra + LongD) - ShortA) / ShortC) - ShortD;

        /// <summary>
        /// Long-axis semi-axis of the equal-motion ellipse through a site. The ellipse radius grows monotonically
        /// with Ra, so the root is bracketed and found by regula falsi with the Illinois modification (superlinear,
        /// never leaves the bracket), to 1e-10 relative.
        /// </summary>
        public double SolveLongAxisDistance(double repi, double sin2, double cos2)
        {
            if (sin2 == 0)
            {
                return repi;
            }

            var lo = 0.0;
            var fLo = Radius(lo, sin2, cos2) - repi;
            var hi = Math.Max(2.0 * repi, 1.0);
            var fHi = Radius(hi, sin2, cos2) - repi;
            while (fHi < 0 && hi < 1e7)
            {
                lo = hi;
                fLo = fHi;
                hi *= 2.0;
                fHi = Radius(hi, sin2, cos2) - repi;
            }

            if (fLo >= 0)
            {
                return lo;
            }

            var side = 0;
            for (var iteration = 0; iteration < 100 && hi - lo > 1e-10 * hi; iteration++)
            {
                var x = (lo * fHi - hi * fLo) / (fHi - fLo);
                var fx = Radius(x, sin2, cos2) - repi;
                if (Math.Abs(fx) <= 1e-12 * repi)
                {
                    return x;
                }

                if (fx < 0)
                {
                    lo = x;
                    fLo = fx;
                    if (side == -1)
                    {
                        fHi *= 0.5;
                    }

                    side = -1;
                }
                else
                {
                    hi = x;
                    fHi = fx;
                    if (side == 1)
                    {
                        fLo *= 0.5;
                    }

                    side = 1;
                }
            }

            return 0.5 * (lo + hi);
        }

        private double Radius(double ra, double sin2, double cos2)
        {
            var rb = ShortAxisDistance(ra);
            return rb <= 0 ? 0 : ra * rb / Math.Sqrt(ra * ra * sin2 + rb * rb * cos2);
        }
    }
}
