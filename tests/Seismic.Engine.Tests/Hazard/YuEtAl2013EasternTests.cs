using Seismic.Engine.Hazard;

namespace Seismic.Engine.Tests.Hazard;

/// <summary>
/// Yu et al. (2013), eastern China, against OpenQuake's verification table YU2013/yu_2013_mean_eastern.csv (copied
/// in data/gmpe/yu2013_eastern_vectors.csv): 0.4 % on the median (the table was made with g = 9.8, the model uses
/// 9.80665) and 0.1 % on sigma.
/// </summary>
public class YuEtAl2013EasternTests
{
    private static readonly YuEtAl2013Eastern Model = new();

    public static TheoryData<int, string> Cases()
    {
        var data = new TheoryData<int, string>();
        var count = VerificationVectors.Read("yu2013_eastern_vectors.csv").Count;
        for (var row = 0; row < count; row++)
        {
            data.Add(row, "PGA");
            data.Add(row, "PGV");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Evaluate_MatchesOpenQuakeVerificationTable(int rowIndex, string imtName)
    {
        var row = VerificationVectors.Read("yu2013_eastern_vectors.csv")[rowIndex];
        var imt = imtName == "PGA" ? Imt.Pga : Imt.Pgv;
        var rupture = RuptureParameters.FromSurfaceWaveMagnitude(row.Number("mag_ms"));

        var (lnMedian, sigma) = EvaluateOne(rupture, imt, row.Number("repi_km"), row.Number("azimuth_deg"));

        var expected = row.Number(imtName == "PGA" ? "pga_g" : "pgv_cms");
        if (IsSignFlippedInOpenQuake(row, imtName))
        {
            expected = 1 / expected;
        }

        var expectedSigma = row.Number(imtName == "PGA" ? "sigma_total_ln_pga" : "sigma_total_ln_pgv");
        Math.Exp(lnMedian).Should().BeApproximately(expected, expected * row.Number("mean_tol_pct") / 100);
        sigma.Should().BeApproximately(expectedSigma, expectedSigma * row.Number("std_tol_pct") / 100);
    }

    [Fact]
    public void Evaluate_KeepsLnPgvNegative_WhereOpenQuakesTableFlipsItsSign()
    {
        // Ms 6 at 100 km along strike: both axis relations give ln PGV ≈ −0.056 (0.945 cm/s). OpenQuake's
        // ellipse blend L·S/√((L sinθ)² + (S cosθ)²) returns L·S/|S| = +0.056 there, i.e. 1/0.945 = 1.058 cm/s,
        // the value in its table; the model keeps the sign (and so keeps PGV falling with distance).
        var rupture = RuptureParameters.FromSurfaceWaveMagnitude(6);

        var ln = EvaluateOne(rupture, Imt.Pgv, 100, 0).LnMedian;

        ln.Should().BeApproximately(-Math.Log(1.057713), Math.Log(1.004));
        ln.Should().BeLessThan(EvaluateOne(rupture, Imt.Pgv, 50, 0).LnMedian);
    }

    [Fact]
    public void Evaluate_ShakesLessAcrossStrikeThanAlongIt_AndIsSymmetric()
    {
        var rupture = RuptureParameters.FromSurfaceWaveMagnitude(6.5);

        var along = EvaluateOne(rupture, Imt.Pga, 40, 0).LnMedian;
        var oblique = EvaluateOne(rupture, Imt.Pga, 40, 30).LnMedian;
        var mirrored = EvaluateOne(rupture, Imt.Pga, 40, 150).LnMedian;
        var across = EvaluateOne(rupture, Imt.Pga, 40, 90).LnMedian;

        along.Should().BeGreaterThan(oblique);
        oblique.Should().BeGreaterThan(across);
        mirrored.Should().BeApproximately(oblique, 1e-9);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(45.0)]
    [InlineData(90.0)]
    public void Evaluate_PgvKeepsFallingWithDistance_BelowOneCentimetrePerSecond(double azimuth)
    {
        var rupture = RuptureParameters.FromSurfaceWaveMagnitude(5.0);
        var previous = double.PositiveInfinity;
        for (var repi = 20.0; repi <= 400; repi += 20)
        {
            var ln = EvaluateOne(rupture, Imt.Pgv, repi, azimuth).LnMedian;
            ln.Should().BeLessThan(previous, $"PGV at {repi} km must be below PGV closer in");
            previous = ln;
        }

        previous.Should().BeLessThan(0, "far from an Ms 5 event PGV is well under 1 cm/s");
    }

    [Fact]
    public void Evaluate_BatchEqualsOneSiteAtATime()
    {
        var random = new Random(11);
        const int n = 200;
        var repi = new double[n];
        var azimuth = new double[n];
        for (var i = 0; i < n; i++)
        {
            repi[i] = random.NextDouble() * 250;
            azimuth[i] = random.NextDouble() * 360;
        }

        var rupture = RuptureParameters.FromSurfaceWaveMagnitude(7.2);
        var ln = new double[n];
        var total = new double[n];
        var tau = new double[n];
        var phi = new double[n];
        Model.Evaluate(rupture, Imt.Pga, new SiteArrays(n) { Repi = repi, AzimuthDeg = azimuth }, ln, total, tau, phi);

        for (var i = 0; i < n; i++)
        {
            var one = EvaluateOne(rupture, Imt.Pga, repi[i], azimuth[i]);
            ln[i].Should().Be(one.LnMedian);
            total[i].Should().Be(one.Sigma);
            double.IsNaN(tau[i]).Should().BeTrue("the paper gives the total sigma only");
            double.IsNaN(phi[i]).Should().BeTrue("the paper gives the total sigma only");
        }
    }

    [Fact]
    public void Evaluate_UsesMsConvertedFromMw_WhenOnlyMwIsKnown()
    {
        var fromMw = EvaluateOne(new RuptureParameters(6.0), Imt.Pga, 30, 0).LnMedian;
        var fromMs = EvaluateOne(RuptureParameters.FromSurfaceWaveMagnitude((6.0 - 0.59) / 0.86), Imt.Pga, 30, 0).LnMedian;

        fromMw.Should().BeApproximately(fromMs, 1e-12);
    }

    [Fact]
    public void Supports_PgaAndPgvOnly()
    {
        Model.Supports(Imt.Pga).Should().BeTrue();
        Model.Supports(Imt.Pgv).Should().BeTrue();
        Model.Supports(Imt.Sa(0.2)).Should().BeFalse();
        Model.MagnitudeScale.Should().Be(MagnitudeScale.Ms);
    }

    /// <summary>The one table row where both axes give ln Y &lt; 0 at θ = 0 (see the test above).</summary>
    private static bool IsSignFlippedInOpenQuake(IReadOnlyDictionary<string, string> row, string imtName) =>
        imtName == "PGV" && row.Number("mag_ms") == 6 && row.Number("azimuth_deg") == 0 && row.Number("repi_km") == 100;

    private static (double LnMedian, double Sigma) EvaluateOne(RuptureParameters rupture, Imt imt, double repi, double azimuth)
    {
        var ln = new double[1];
        var total = new double[1];
        var tau = new double[1];
        var phi = new double[1];
        Model.Evaluate(rupture, imt, new SiteArrays(1) { Repi = new[] { repi }, AzimuthDeg = new[] { azimuth } }, ln, total, tau, phi);
        return (ln[0], total[0]);
    }
}
