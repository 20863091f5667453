namespace Seismic.Engine.Hazard;

/// <summary>
/// CY14 with the Wenchuan adjustment: Chiou and Youngs (2014), "Update of the Chiou and Youngs NGA model for the
/// average horizontal component of peak ground motion and response spectra", Earthquake Spectra 30(3), 1117–1153,
/// with the paper's regional factor γ_Wn on the anelastic-attenuation term, calibrated on the 2008 Mw 7.9 Wenchuan
/// earthquake. RotD50; California site model; no directivity (ΔDPP = 0).
/// </summary>
/// <remarks>
/// Reference-rock motion (Eq. 11): ln y_ref = c1 + [c1a + c1c/cosh(2·max(M − 4.5, 0))]F_RV
/// + [c1b + c1d/cosh(2·max(M − 4.5, 0))]F_NM + [c7 + c7b/cosh(2·max(M − 4.5, 0))]ΔZ_TOR
/// + [c11 + c11b/cosh(2·max(M − 4.5, 0))]cos²δ + c2(M − 6) + (c2 − c3)/c_n·ln(1 + e^{c_n(c_M − M)})
/// + c4·ln(R_RUP + c5·cosh(c6·max(M − c_HM, 0))) + (c4a − c4)·ln√(R_RUP² + c_RB²)
/// + γ_Wn·[c_γ1 + c_γ2/cosh(max(M − c_γ3, 0))]·R_RUP
/// + c9·F_HW·cosδ·[c9a + (1 − c9a)tanh(R_X/c9b)]·[1 − √(R_JB² + Z_TOR²)/(R_RUP + 1)].
/// F_RV = 1 for 30° ≤ rake ≤ 150°, F_NM = 1 for −120° ≤ rake ≤ −60°; F_HW = 1 for R_X ≥ 0. ΔZ_TOR = Z_TOR − E[Z_TOR],
/// E[Z_TOR] = max(2.704 − 1.226·max(M − 5.849, 0), 0)² (reverse) or max(2.673 − 1.136·max(M − 4.970, 0), 0)² (others).
/// Site (Eq. 12): ln y = ln y_ref + φ1·min(ln(Vs30/1130), 0) + φ2[e^{φ3(min(Vs30,1130) − 360)} − e^{φ3(1130 − 360)}]
/// ·ln((y_ref + φ4)/φ4) + φ5(1 − e^{−ΔZ1/φ6}), ΔZ1 = Z1 − exp(−7.15/4·ln((Vs30⁴ + 570.94⁴)/(1360⁴ + 570.94⁴))).
/// SA at T ≤ 0.3 s is not allowed below PGA (the paper's rule). Sigma (Eq. 13): τ = τ1 + (τ2 − τ1)/1.5·(min(max(M, 5), 6.5) − 5),
/// φ_NL = [σ1 + (σ2 − σ1)/1.5·(min(max(M, 5), 6.5) − 5)]·√(σ3·F_inferred + 0.7·F_measured + (1 + NL0)²),
/// NL0 = φ2[…]·y_ref/(y_ref + φ4); between-event (1 + NL0)τ; total √((1 + NL0)²τ² + φ_NL²).
/// Coefficients: the paper's tables 1–5 (Data/gmpe/cy14_coefficients.csv), PGA, PGV and 24 periods 0.01–10 s.
/// Valid for M 3.5–8.5 (strike-slip) and 3.5–8.0 (reverse, normal), R_RUP ≤ 300 km, Vs30 180–1500 m/s; the
/// Wenchuan factor itself rests on one event.
/// </remarks>
public sealed class ChiouYoungs2014Wenchuan : IGroundMotionModel
{
    private const double ReferenceVs30 = 1130.0;

    // Mean Z1.0 against Vs30 (California, Eq. 1 of the paper): ln Z1 = −7.15/4 · ln((Vs30⁴ + 570.94⁴)/(1360⁴ + 570.94⁴)).
    private static readonly double Z1Knee4 = Math.Pow(570.94, 4);
    private static readonly double Z1Norm4 = Math.Pow(1360, 4) + Z1Knee4;
    private static readonly Imt[] Imts = BuildImts();

    /// <inheritdoc />
    public string Name => "cy14-wenchuan";

    /// <inheritdoc />
    public string Reference =>
        "Chiou, B.S.-J., Youngs, R.R. (2014). Update of the Chiou and Youngs NGA model for the average horizontal component of peak ground motion and response spectra. Earthquake Spectra 30(3), 1117-1153. Wenchuan regional adjustment.";

    /// <inheritdoc />
    public MagnitudeScale MagnitudeScale => MagnitudeScale.Mw;

    /// <inheritdoc />
    public SiteInputs Requires => SiteInputs.Vs30 | SiteInputs.Rjb | SiteInputs.Rrup | SiteInputs.Rx;

    /// <inheritdoc />
    public IReadOnlyList<Imt> SupportedImts => Imts;

    /// <inheritdoc />
    public bool ProvidesSigmaComponents => true;

    /// <inheritdoc />
    public bool Supports(Imt imt) => Cy14Coefficients.Find(imt) is not null;

    /// <inheritdoc />
    public MagnitudeRange ValidMagnitudes(FaultMechanism mechanism) =>
        new(3.5, mechanism is FaultMechanism.StrikeSlip or FaultMechanism.Unspecified ? 8.5 : 8.0, MagnitudeScale.Mw);

    /// <inheritdoc />
    public void Evaluate(
        in RuptureParameters rupture, Imt imt, in SiteArrays sites,
        Span<double> lnMedian, Span<double> sigmaTotal, Span<double> tau, Span<double> phi)
    {
        var c = Cy14Coefficients.Find(imt)
            ?? throw new ArgumentException($"CY14 has no coefficients for {imt}; tabulated: PGA, PGV and 24 periods 0.01…10 s.", nameof(imt));
        sites.EnsureHas(Requires);
        var n = sites.Count;
        if (lnMedian.Length < n || sigmaTotal.Length < n || tau.Length < n || phi.Length < n)
        {
            throw new ArgumentException($"Every output span must hold at least {n} values.", nameof(lnMedian));
        }

        var floorToPga = imt.Kind == ImtKind.Sa && imt.PeriodS <= 0.3;
        var own = EventTerms.Create(c, rupture);
        var pga = floorToPga ? EventTerms.Create(Cy14Coefficients.Find(Imt.Pga)!, rupture) : own;
        var hasZ1 = sites.Z1M.Length == n;
        for (var i = 0; i < n; i++)
        {
            var z1 = hasZ1 ? sites.Z1M[i] : double.NaN;
            var (lnY, total, between, within) = own.Site(sites.Rrup[i], sites.Rjb[i], sites.Rx[i], sites.Vs30[i], z1, sites.Vs30Measured);
            if (floorToPga)
            {
                var lnPga = pga.Site(sites.Rrup[i], sites.Rjb[i], sites.Rx[i], sites.Vs30[i], z1, sites.Vs30Measured).LnY;
                lnY = Math.Max(lnY, lnPga);
            }

            lnMedian[i] = lnY;
            sigmaTotal[i] = total;
            tau[i] = between;
            phi[i] = within;
        }
    }

    private static Imt[] BuildImts()
    {
        var table = Cy14Coefficients.Table;
        var imts = new Imt[table.Count];
        for (var i = 0; i < imts.Length; i++)
        {
            imts[i] = table[i].Imt;
        }

        return imts;
    }

    /// <summary>The site-independent terms of one IMT for one rupture.</summary>
    private readonly record struct EventTerms(
        Cy14Coefficients C, double Constant, double NearFieldC5, double Gamma, double HangingWall, double Ztor2,
        double Tau, double PhiM, double NonlinearOffset)
    {
        public static EventTerms Create(Cy14Coefficients c, in RuptureParameters rupture)
        {
            var m = rupture.MomentMagnitude;
            bool reverse;
            bool normal;
            if (rupture.RakeDeg is { } rake)
            {
                reverse = rake >= 30 && rake <= 150;
                normal = rake >= -120 && rake <= -60;
            }
            else
            {
                reverse = rupture.Mechanism == FaultMechanism.Reverse;
                normal = rupture.Mechanism == FaultMechanism.Normal;
            }

            var meanZtor = reverse
                ? Square(Math.Max(2.704 - 1.226 * Math.Max(m - 5.849, 0), 0))
                : Square(Math.Max(2.673 - 1.136 * Math.Max(m - 4.970, 0), 0));
            var ztor = rupture.TopOfRuptureKm ?? meanZtor;
            var cosDip = Math.Cos(double.DegreesToRadians(rupture.DipDeg));
            var coshM = Math.Cosh(2 * Math.Max(m - 4.5, 0));
            var constant = c.C1
                + (reverse ? c.C1a + c.C1c / coshM : 0)
                + (normal ? c.C1b + c.C1d / coshM : 0)
                + (c.C7 + c.C7b / coshM) * (ztor - meanZtor)
                + (c.C11 + c.C11b / coshM) * cosDip * cosDip
                + c.C2 * (m - 6) + (c.C2 - c.C3) / c.Cn * Math.Log(1 + Math.Exp(c.Cn * (c.Cm - m)));
            var nearField = c.C5 * Math.Cosh(c.C6 * Math.Max(m - c.Chm, 0));
            var gamma = (c.Cg1 + c.Cg2 / Math.Cosh(Math.Max(m - c.Cg3, 0))) * c.Gwn;
            var mClamped = Math.Min(Math.Max(m, 5), 6.5) - 5;
            return new EventTerms(
                c, constant, nearField, gamma, c.C9 * cosDip, ztor * ztor,
                c.Tau1 + (c.Tau2 - c.Tau1) / 1.5 * mClamped,
                c.Sig1 + (c.Sig2 - c.Sig1) / 1.5 * mClamped,
                Math.Exp(c.Phi3 * (ReferenceVs30 - 360)));
        }

        public (double LnY, double Total, double Tau, double Phi) Site(double rrup, double rjb, double rx, double vs30, double z1, bool measured)
        {
            var lnYRef = Constant
                + C.C4 * Math.Log(rrup + NearFieldC5)
                + (C.C4a - C.C4) * Math.Log(Math.Sqrt(rrup * rrup + C.Crb * C.Crb))
                + Gamma * rrup;
            if (rx >= 0)
            {
                lnYRef += HangingWall * (C.C9a + (1 - C.C9a) * Math.Tanh(rx / C.C9b))
                    * (1 - Math.Sqrt(rjb * rjb + Ztor2) / (rrup + 1));
            }

            var yRef = Math.Exp(lnYRef);
            var linear = C.Phi1 * Math.Min(Math.Log(vs30 / ReferenceVs30), 0);
            var nonlinearScale = C.Phi2 * (Math.Exp(C.Phi3 * (Math.Min(vs30, ReferenceVs30) - 360)) - NonlinearOffset);
            var nonlinear = nonlinearScale * Math.Log((yRef + C.Phi4) / C.Phi4);
            var basin = 0.0;
            if (z1 > 0)
            {
                var v4 = vs30 * vs30 * vs30 * vs30;
                var meanZ1 = Math.Exp(-7.15 / 4 * Math.Log((v4 + Z1Knee4) / Z1Norm4));
                basin = C.Phi5 * (1 - Math.Exp(-(z1 - meanZ1) / C.Phi6));
            }

            var nl0 = nonlinearScale * yRef / (yRef + C.Phi4);
            var within = PhiM * Math.Sqrt((measured ? 0.7 : C.Sig3) + (1 + nl0) * (1 + nl0));
            var between = Math.Abs(1 + nl0) * Tau;
            return (lnYRef + linear + nonlinear + basin, Math.Sqrt(between * between + within * within), between, within);
        }

        private static double Square(double x) => x * x;
    }
}
