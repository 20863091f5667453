using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;
using Seismic.Engine.Risk;
using Seismic.Engine.Vulnerability;

namespace Seismic.Engine.Tests.Risk;

public class ScenarioDamageCalculatorTests
{
    // Hand-built case: two limit states, three sites, five events. The expected statistics are computed independently
    // below with MathNet's LogNormal CDF and its two-pass sample statistics (ddof = 1).
    private static readonly double[][] SiteValues =
    [
        [0.05, 0.12, 0.31, 0.44, 0.9],
        [0.2, 0.0, 0.6, 1.3, 0.15],
        [0.02, 0.03, 0.01, 0.04, 0.05],
    ];

    private static readonly (double Median, double Beta)[] Lognormal = [(0.18, 0.6), (0.42, 0.7)];

    private static GroundMotionFieldSet Fields()
    {
        var values = new double[SiteValues.Length * 5];
        for (var s = 0; s < SiteValues.Length; s++)
        {
            SiteValues[s].CopyTo(values, s * 5);
        }

        return new GroundMotionFieldSet(["PGA"], SiteValues.Length, 5, [values]);
    }

    private static FragilityFunctionSet LognormalSet() =>
        new("C1L", "PGA", [new LognormalFragilityCurve(Lognormal[0].Median, Lognormal[0].Beta), new LognormalFragilityCurve(Lognormal[1].Median, Lognormal[1].Beta)]);

    [Fact]
    public void Compute_MatchesIndependentMeanAndSampleStdDev()
    {
        var input = new ScenarioDamageInput([120, 7.5], [0, 1], [0, 0], [LognormalSet()], 2, Fields());
        var stats = ScenarioDamageCalculator.Compute(input);

        stats.DamageStateCount.Should().Be(3);
        stats.EventCount.Should().Be(5);
        for (var a = 0; a < 2; a++)
        {
            var number = a == 0 ? 120 : 7.5;
            var perState = new double[3][];
            for (var d = 0; d < 3; d++)
            {
                perState[d] = new double[5];
            }

            for (var e = 0; e < 5; e++)
            {
                var x = SiteValues[a][e];
                var p1 = x > 0 ? LogNormal.CDF(Math.Log(Lognormal[0].Median), Lognormal[0].Beta, x) : 0;
                var p2 = x > 0 ? LogNormal.CDF(Math.Log(Lognormal[1].Median), Lognormal[1].Beta, x) : 0;
                double[] fractions = [1 - p1, p1 - p2, p2];
                for (var d = 0; d < 3; d++)
                {
                    perState[d][e] = number * (fractions[d] < 1e-7 ? 0 : fractions[d]);
                }
            }

            for (var d = 0; d < 3; d++)
            {
                stats.Mean(a, d).Should().BeApproximately(perState[d].Mean(), 1e-6 * number, $"asset {a} state {d}");
                stats.StdDev(a, d).Should().BeApproximately(perState[d].StandardDeviation(), 1e-6 * number, $"asset {a} state {d}");
            }
        }
    }

    [Fact]
    public void Compute_GivesAllBuildingsUndamaged_WhereNoGroundMotion()
    {
        var input = new ScenarioDamageInput([10], [1], [0], [LognormalSet()], 2, Fields());
        var stats = ScenarioDamageCalculator.Compute(input);
        // Event 1 at site 1 has 0 g: 10 buildings undamaged in that event, so the mean is not below 10/5.
        stats.Mean(0, 0).Should().BeGreaterThanOrEqualTo(2.0 - 1e-12);
        (stats.Mean(0, 0) + stats.Mean(0, 1) + stats.Mean(0, 2)).Should().BeApproximately(10, 1e-9);
    }

    [Fact]
    public void Compute_MarksAssetWithoutSiteAsNaN()
    {
        var input = new ScenarioDamageInput([10, 4], [-1, 2], [0, 0], [LognormalSet()], 2, Fields());
        var stats = ScenarioDamageCalculator.Compute(input);
        double.IsNaN(stats.Mean(0, 0)).Should().BeTrue();
        var expected = SiteValues[2].Select(x => 4 * (1 - LogNormal.CDF(Math.Log(Lognormal[0].Median), Lognormal[0].Beta, x))).Average();
        stats.Mean(1, 0).Should().BeApproximately(expected, 1e-6);
    }

    [Fact]
    public void Compute_GivesZeroStdDev_ForSingleEvent()
    {
        var fields = new GroundMotionFieldSet(["PGA"], 1, 1, [[0.3]]);
        var stats = ScenarioDamageCalculator.Compute(new ScenarioDamageInput([5], [0], [0], [LognormalSet()], 2, fields));
        stats.StdDev(0, 1).Should().Be(0);
        stats.Mean(0, 2).Should().BeApproximately(5 * LogNormal.CDF(Math.Log(0.42), 0.7, 0.3), 1e-6);
    }

    [Fact]
    public void Compute_Throws_WhenGroundMotionLacksTheImt()
    {
        var set = new FragilityFunctionSet("W1", "SA(0.3)", [new LognormalFragilityCurve(0.2, 0.6), new LognormalFragilityCurve(0.4, 0.6)]);
        var act = () => ScenarioDamageCalculator.Compute(new ScenarioDamageInput([1], [0], [0], [set], 2, Fields()));
        act.Should().Throw<ArgumentException>().WithMessage("*SA(0.3)*");
    }
}
