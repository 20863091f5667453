using Seismic.Engine.Hazard;

namespace Seismic.Engine.Tests.Hazard;

/// <summary>
/// CY14 with the Wenchuan adjustment against OpenQuake's verification table NGA/CY14/CY14_Wenchuan_MEAN.csv (copied in
/// data/gmpe/cy14_wenchuan_vectors.csv) at its 1 % tolerance on the median.
/// </summary>
public class ChiouYoungs2014WenchuanTests
{
    private static readonly ChiouYoungs2014Wenchuan Model = new();

    public static TheoryData<int, string> Cases()
    {
        var data = new TheoryData<int, string>();
        var count = VerificationVectors.Read("cy14_wenchuan_vectors.csv").Count;
        for (var row = 0; row < count; row++)
        {
            data.Add(row, "PGA");
            data.Add(row, "SA(0.2)");
            data.Add(row, "SA(1.0)");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Evaluate_MatchesOpenQuakeVerificationTable(int rowIndex, string imtName)
    {
        var row = VerificationVectors.Read("cy14_wenchuan_vectors.csv")[rowIndex];
        Imt.TryParse(imtName, out var imt).Should().BeTrue();
        var rupture = new RuptureParameters(
            row.Number("mag_mw"), RakeDeg: row.Number("rake_deg"), DipDeg: row.Number("dip_deg"), TopOfRuptureKm: row.Number("ztor_km"));
        var sites = new SiteArrays(1)
        {
            Vs30 = new[] { row.Number("vs30_mps") }, Rrup = new[] { row.Number("rrup_km") }, Rjb = new[] { row.Number("rjb_km") },
            Rx = new[] { row.Number("rx_km") }, Z1M = new[] { row.Number("z1pt0_m") }, Vs30Measured = row.Number("vs30measured") == 1,
        };
        var ln = new double[1];
        var total = new double[1];
        var tau = new double[1];
        var phi = new double[1];

        Model.Evaluate(rupture, imt, sites, ln, total, tau, phi);

        var expected = row.Number(imtName switch { "PGA" => "pga_g", "SA(0.2)" => "sa0p2_g", _ => "sa1p0_g" });
        Math.Exp(ln[0]).Should().BeApproximately(expected, expected * row.Number("mean_tol_pct") / 100);
        total[0].Should().BeApproximately(Math.Sqrt(tau[0] * tau[0] + phi[0] * phi[0]), 1e-12);
    }

    [Fact]
    public void Evaluate_BatchEqualsOneSiteAtATime_AndShortPeriodsNeverFallBelowPga()
    {
        var random = new Random(5);
        const int n = 300;
        var vs30 = new double[n];
        var rrup = new double[n];
        var rjb = new double[n];
        var rx = new double[n];
        for (var i = 0; i < n; i++)
        {
            vs30[i] = 180 + random.NextDouble() * 1200;
            rjb[i] = random.NextDouble() * 150;
            rrup[i] = Math.Sqrt(rjb[i] * rjb[i] + 25);
            rx[i] = random.NextDouble() * 200 - 100;
        }

        var rupture = new RuptureParameters(6.8, RakeDeg: 90, DipDeg: 40, TopOfRuptureKm: 3);
        var sa = Run(rupture, Imt.Sa(0.3), vs30, rrup, rjb, rx);
        var pga = Run(rupture, Imt.Pga, vs30, rrup, rjb, rx);

        for (var i = 0; i < n; i++)
        {
            var one = Run(rupture, Imt.Sa(0.3), [vs30[i]], [rrup[i]], [rjb[i]], [rx[i]]);
            sa[i].Should().Be(one[0]);
            sa[i].Should().BeGreaterThanOrEqualTo(pga[i]);
        }
    }

    [Fact]
    public void ValidMagnitudes_StopAtEight_ForReverseFaults()
    {
        Model.ValidMagnitudes(FaultMechanism.Reverse).Should().Be(new MagnitudeRange(3.5, 8.0, MagnitudeScale.Mw));
        Model.ValidMagnitudes(FaultMechanism.StrikeSlip).Max.Should().Be(8.5);
        Model.Supports(Imt.Sa(0.2)).Should().BeTrue();
        Model.Supports(Imt.Sa(0.22)).Should().BeFalse("CY14 tabulates 24 periods; 0.22 s is not one of them");
    }

    private static double[] Run(RuptureParameters rupture, Imt imt, double[] vs30, double[] rrup, double[] rjb, double[] rx)
    {
        var ln = new double[vs30.Length];
        var total = new double[vs30.Length];
        var tau = new double[vs30.Length];
        var phi = new double[vs30.Length];
        Model.Evaluate(rupture, imt, new SiteArrays(vs30.Length) { Vs30 = vs30, Rrup = rrup, Rjb = rjb, Rx = rx }, ln, total, tau, phi);
        return ln;
    }
}
