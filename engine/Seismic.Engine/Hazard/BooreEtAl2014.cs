namespace Seismic.Engine.Hazard;

/// <summary>
/// BSSA14: Boore, Stewart, Seyhan and Atkinson (2014), "NGA-West2 equations for predicting PGA, PGV, and 5 %
/// damped PSA for shallow crustal earthquakes", Earthquake Spectra 30(3), 1057–1085 — the global model (no regional
/// anelastic adjustment, Δc3 = 0; no basin-depth term, δz1 = 0). RotD50 horizontal component.
/// </summary>
/// <remarks>
/// ln Y = F_E(M, mech) + F_P(Rjb, M) + F_S(Vs30, Rjb, M) (Eq. 1), with
/// F_E = e_mech + e4(M − Mh) + e5(M − Mh)² for M ≤ Mh, e_mech + e6(M − Mh) above (Eq. 2);
/// F_P = [c1 + c2(M − Mref)] ln(R/Rref) + (c3 + Δc3)(R − Rref), R = √(Rjb² + h²) (Eqs. 3–4), Mref = 4.5, Rref = 1 km;
/// F_S = ln F_lin + ln F_nl (Eq. 5): ln F_lin = c ln(min(Vs30, Vc)/Vref), Vref = 760 m/s (Eq. 6);
/// ln F_nl = f1 + f2 ln((PGA_r + f3)/f3), f1 = 0, f3 = 0.1 g (Eq. 7), f2 = f4[e^{f5(min(Vs30,760) − 360)} − e^{f5(760 − 360)}]
/// (Eq. 8), where PGA_r is the median PGA on Vref rock (F_E + F_P with the PGA coefficients).
/// σ = √(τ² + φ²) (Eq. 13); τ and φ(M) step linearly from τ1/φ1 at M ≤ 4.5 to τ2/φ2 at M ≥ 5.5 (Eqs. 14, 17);
/// φ(M, Rjb) adds ΔφR·ln(Rjb/R1)/ln(R2/R1) between R1 and R2, ΔφR beyond (Eq. 16); φ(M, Rjb, Vs30) subtracts
/// ΔφV·ln(V2/Vs30)/ln(V2/V1) between V1 = 225 and V2 = 300 m/s, ΔφV below V1 (Eq. 15).
/// Coefficients: the paper's electronic supplement (Data/gmpe/bssa14_coefficients.csv): PGA, PGV and SA at the 105
/// tabulated periods 0.01–10 s. Untabulated periods are refused, not interpolated (as OpenQuake does).
/// Valid for M 3–8.5 (strike-slip, reverse, unspecified) and M 3–7 (normal), Rjb 0–400 km, Vs30 150–1500 m/s.
/// </remarks>
public sealed class BooreEtAl2014 : IGroundMotionModel
{
    private const double Mref = 4.5;
    private const double Vref = 760.0;
    private const double F3 = 0.1;
    private const double V1 = 225.0;
    private const double V2 = 300.0;

    private static readonly Imt[] Imts = BuildImts();

    /// <inheritdoc />
    public string Name => "bssa14";

    /// <inheritdoc />
    public string Reference =>
        "Boore, D.M., Stewart, J.P., Seyhan, E., Atkinson, G.M. (2014). NGA-West2 equations for predicting PGA, PGV, and 5% damped PSA for shallow crustal earthquakes. Earthquake Spectra 30(3), 1057-1085.";

    /// <inheritdoc />
    public MagnitudeScale MagnitudeScale => MagnitudeScale.Mw;

    /// <inheritdoc />
    public SiteInputs Requires => SiteInputs.Vs30 | SiteInputs.Rjb;

    /// <inheritdoc />
    public IReadOnlyList<Imt> SupportedImts => Imts;

    /// <inheritdoc />
    public bool ProvidesSigmaComponents => true;

    /// <inheritdoc />
    public bool Supports(Imt imt) => Bssa14Coefficients.Find(imt) is not null;

    /// <inheritdoc />
    public MagnitudeRange ValidMagnitudes(FaultMechanism mechanism) =>
        new(3.0, mechanism == FaultMechanism.Normal ? 7.0 : 8.5, MagnitudeScale.Mw);

    /// <inheritdoc />
    public void Evaluate(
        in RuptureParameters rupture, Imt imt, in SiteArrays sites,
        Span<double> lnMedian, Span<double> sigmaTotal, Span<double> tau, Span<double> phi)
    {
        var c = Bssa14Coefficients.Find(imt)
            ?? throw new ArgumentException($"BSSA14 has no coefficients for {imt}; tabulated: PGA, PGV, SA(0.01)…SA(10.0).", nameof(imt));
        sites.EnsureHas(Requires);
        var n = sites.Count;
        CheckOutput(lnMedian, n, nameof(lnMedian));
        CheckOutput(sigmaTotal, n, nameof(sigmaTotal));
        CheckOutput(tau, n, nameof(tau));
        CheckOutput(phi, n, nameof(phi));

        var p = Bssa14Coefficients.Find(Imt.Pga)!;
        var m = rupture.MomentMagnitude;
        var mechanism = rupture.EffectiveMechanism;

        // Per-call terms: everything that does not depend on the site.
        var sourceTerm = c.SourceTerm(m, mechanism);
        var slope = c.C1 + c.C2 * (m - Mref);
        var c3 = c.C3 + c.Dc3;
        var h2 = c.H * c.H;
        var rockSource = p.SourceTerm(m, mechanism);
        var rockSlope = p.C1 + p.C2 * (m - Mref);
        var rockC3 = p.C3 + p.Dc3;
        var rockH2 = p.H * p.H;
        var lnVref = Math.Log(Vref);
        var linearAboveVc = c.C * Math.Log(c.Vc / Vref);
        var f2Offset = Math.Exp(c.F5 * (Vref - 360.0));
        var lnF3 = Math.Log(F3);

        var tauM = Step(c.Tau1, c.Tau2, m);
        var phiM = Step(c.Phi1, c.Phi2, m);
        var lnR1 = Math.Log(c.R1);
        var phiRScale = c.DeltaPhiR / Math.Log(c.R2 / c.R1);
        var lnV2 = Math.Log(V2);
        var phiVScale = c.DeltaPhiV / Math.Log(V2 / V1);
        var tau2 = tauM * tauM;

        var rjbs = sites.Rjb;
        var vs30s = sites.Vs30;
        for (var i = 0; i < n; i++)
        {
            var rjb = rjbs[i];
            var vs30 = vs30s[i];
            var rjb2 = rjb * rjb;

            var r = Math.Sqrt(rjb2 + h2);
            var lnR = Math.Log(r);
            var path = slope * lnR + c3 * (r - 1.0);

            var rockR = Math.Sqrt(rjb2 + rockH2);
            var pgaRock = Math.Exp(rockSource + rockSlope * Math.Log(rockR) + rockC3 * (rockR - 1.0));

            var lnVs30 = Math.Log(vs30);
            var linear = vs30 <= c.Vc ? c.C * (lnVs30 - lnVref) : linearAboveVc;
            var f2 = c.F4 * (Math.Exp(c.F5 * (Math.Min(vs30, Vref) - 360.0)) - f2Offset);
            var nonlinear = f2 * (Math.Log(pgaRock + F3) - lnF3);

            lnMedian[i] = sourceTerm + path + linear + nonlinear;

            var phiI = phiM;
            if (rjb > c.R2)
            {
                phiI += c.DeltaPhiR;
            }
            else if (rjb > c.R1)
            {
                phiI += phiRScale * (Math.Log(rjb) - lnR1);
            }

            if (vs30 <= V1)
            {
                phiI -= c.DeltaPhiV;
            }
            else if (vs30 < V2)
            {
                phiI -= phiVScale * (lnV2 - lnVs30);
            }

            phi[i] = phiI;
            tau[i] = tauM;
            sigmaTotal[i] = Math.Sqrt(tau2 + phiI * phiI);
        }
    }

    /// <summary>Linear step from <paramref name="low"/> at M ≤ 4.5 to <paramref name="high"/> at M ≥ 5.5 (Eqs. 14, 17).</summary>
    private static double Step(double low, double high, double m) =>
        m <= 4.5 ? low : m >= 5.5 ? high : low + (high - low) * (m - 4.5);

    private static void CheckOutput(Span<double> span, int count, string name)
    {
        if (span.Length < count)
        {
            throw new ArgumentException($"{name} holds {span.Length} values; {count} sites need {count}.", name);
        }
    }

    private static Imt[] BuildImts()
    {
        var table = Bssa14Coefficients.Table;
        var imts = new Imt[table.Count];
        for (var i = 0; i < imts.Length; i++)
        {
            imts[i] = table[i].Imt;
        }

        return imts;
    }
}
