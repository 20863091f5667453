using Seismic.Engine.Hazard;

namespace Seismic.Engine.Tests.Hazard;

/// <summary>
/// BSSA14 against OpenQuake's verification tables (BSSA2014/BSSA_2014_MEAN.csv and BSSA_2014_TOTAL_STD.csv,
/// copied in data/gmpe/bssa14_vectors.csv) at OpenQuake's tolerances: 2 % on the median, 1 % on the total sigma.
/// </summary>
public class BooreEtAl2014Tests
{
    private static readonly BooreEtAl2014 Model = new();

    private static readonly (string Imt, string MedianColumn, string SigmaColumn)[] Columns =
    [
        ("PGA", "pga_g", "sigma_total_ln_pga"),
        ("SA(0.2)", "sa0p2_g", "sigma_total_ln_sa0p2"),
        ("SA(1.0)", "sa1p0_g", "sigma_total_ln_sa1p0"),
        ("PGV", "pgv_cms", "sigma_total_ln_pgv"),
    ];

    public static TheoryData<int, string> Cases()
    {
        var data = new TheoryData<int, string>();
        var rows = VerificationVectors.Read("bssa14_vectors.csv");
        for (var row = 0; row < rows.Count; row++)
        {
            foreach (var column in Columns)
            {
                data.Add(row, column.Imt);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Evaluate_MatchesOpenQuakeVerificationTable(int rowIndex, string imtName)
    {
        var row = VerificationVectors.Read("bssa14_vectors.csv")[rowIndex];
        var column = Columns.Single(c => c.Imt == imtName);
        Imt.TryParse(imtName, out var imt).Should().BeTrue();
        var rupture = new RuptureParameters(row.Number("mag_mw"), RakeDeg: row.Number("rake_deg"));

        var (lnMedian, sigma, _, _) = EvaluateOne(rupture, imt, row.Number("vs30_mps"), row.Number("rjb_km"));

        var expectedMedian = row.Number(column.MedianColumn);
        var expectedSigma = row.Number(column.SigmaColumn);
        Math.Exp(lnMedian).Should().BeApproximately(expectedMedian, expectedMedian * row.Number("mean_tol_pct") / 100);
        sigma.Should().BeApproximately(expectedSigma, expectedSigma * row.Number("std_tol_pct") / 100);
    }

    [Fact]
    public void Evaluate_BatchEqualsOneSiteAtATime()
    {
        var random = new Random(7);
        const int n = 500;
        var vs30 = new double[n];
        var rjb = new double[n];
        for (var i = 0; i < n; i++)
        {
            vs30[i] = 150 + random.NextDouble() * 1400;
            rjb[i] = random.NextDouble() * 300;
        }

        var rupture = new RuptureParameters(6.3, RakeDeg: 90);
        var imt = Imt.Sa(0.3);
        var ln = new double[n];
        var total = new double[n];
        var tau = new double[n];
        var phi = new double[n];
        Model.Evaluate(rupture, imt, new SiteArrays(n) { Vs30 = vs30, Rjb = rjb }, ln, total, tau, phi);

        for (var i = 0; i < n; i++)
        {
            var one = EvaluateOne(rupture, imt, vs30[i], rjb[i]);
            ln[i].Should().Be(one.LnMedian);
            total[i].Should().Be(one.Sigma);
            tau[i].Should().Be(one.Tau);
            phi[i].Should().Be(one.Phi);
        }
    }

    [Fact]
    public void Evaluate_TotalSigmaCombinesBetweenAndWithinEvent()
    {
        var (_, sigma, tau, phi) = EvaluateOne(new RuptureParameters(5.0), Imt.Pga, 250, 150);

        sigma.Should().BeApproximately(Math.Sqrt(tau * tau + phi * phi), 1e-12);
        tau.Should().BeApproximately(0.373, 1e-9, "τ steps linearly from τ1 0.398 at M4.5 to τ2 0.348 at M5.5 (Eq. 14)");
    }

    [Fact]
    public void Evaluate_MedianDecreasesWithDistance_AndStiffSitesShakeLessAtShortPeriods()
    {
        var rupture = new RuptureParameters(6.5, RakeDeg: 0);
        var near = EvaluateOne(rupture, Imt.Pga, 400, 5).LnMedian;
        var far = EvaluateOne(rupture, Imt.Pga, 400, 80).LnMedian;
        var rock = EvaluateOne(rupture, Imt.Sa(1.0), 1000, 20).LnMedian;
        var soil = EvaluateOne(rupture, Imt.Sa(1.0), 200, 20).LnMedian;

        far.Should().BeLessThan(near);
        rock.Should().BeLessThan(soil);
    }

    [Fact]
    public void SupportedImts_AreThePapersTable_AndUntabulatedPeriodsAreRefused()
    {
        Model.SupportedImts.Should().HaveCount(107, "PGA, PGV and 105 periods from 0.01 s to 10 s");
        Model.Supports(Imt.Sa(0.01)).Should().BeTrue();
        Model.Supports(Imt.Sa(10.0)).Should().BeTrue();
        Model.Supports(Imt.Sa(0.123)).Should().BeFalse();

        var act = () => EvaluateOne(new RuptureParameters(6), Imt.Sa(0.123), 400, 10);

        act.Should().Throw<ArgumentException>().WithMessage("*SA(0.123)*");
    }

    [Fact]
    public void ValidMagnitudes_StopAtSeven_ForNormalFaults()
    {
        Model.ValidMagnitudes(FaultMechanism.StrikeSlip).Should().Be(new MagnitudeRange(3.0, 8.5, MagnitudeScale.Mw));
        Model.ValidMagnitudes(FaultMechanism.Normal).Contains(7.5).Should().BeFalse();
        Model.ValidMagnitudes(FaultMechanism.Reverse).Contains(2.9).Should().BeFalse();
    }

    [Fact]
    public void Evaluate_Throws_WhenASiteArrayIsMissing()
    {
        var buffer = new double[3];
        var act = () => Model.Evaluate(new RuptureParameters(6), Imt.Pga, new SiteArrays(3) { Vs30 = new double[3] }, buffer, buffer, buffer, buffer);

        act.Should().Throw<ArgumentException>().WithMessage("*Rjb*");
    }

    [Theory]
    [InlineData(0.0, FaultMechanism.StrikeSlip)]
    [InlineData(180.0, FaultMechanism.StrikeSlip)]
    [InlineData(-30.0, FaultMechanism.StrikeSlip)]
    [InlineData(90.0, FaultMechanism.Reverse)]
    [InlineData(-90.0, FaultMechanism.Normal)]
    [InlineData(-149.0, FaultMechanism.Normal)]
    public void MechanismFromRake_FollowsTheThirtyDegreeConvention(double rake, FaultMechanism expected) =>
        RuptureParameters.MechanismFromRake(rake).Should().Be(expected);

    private static (double LnMedian, double Sigma, double Tau, double Phi) EvaluateOne(RuptureParameters rupture, Imt imt, double vs30, double rjb)
    {
        var ln = new double[1];
        var total = new double[1];
        var tau = new double[1];
        var phi = new double[1];
        Model.Evaluate(rupture, imt, new SiteArrays(1) { Vs30 = new[] { vs30 }, Rjb = new[] { rjb } }, ln, total, tau, phi);
        return (ln[0], total[0], tau[0], phi[0]);
    }
}
