using MathNet.Numerics.Distributions;
using Seismic.Engine.Buildings;
using Seismic.Engine.Vulnerability.Scoring;

namespace Seismic.Engine.Tests.Scoring;

public class HazusSpectralFragilityTableTests
{
    // The engine's fast normal CDF is accurate to 1e-7 (NormalCdfKernel); the reference here is MathNet.
    private const double CdfTolerance = 1e-7;

    // Medians are one multiplication of table numbers: equal to 1e-12 relative.
    private const double Relative = 1e-12;

    [Fact]
    public void Resolve_W1High_ConvertsSdMediansAtTheYieldPointPeriod()
    {
        // shared/reference/fragility/hazus_building_fragility.csv, row "W1,high": period 0.35 s, Dy 0.48 in, Ay 0.4 g,
        // Sd medians 0.5 / 1.51 / 5.04 / 12.6 in, betas 0.8 / 0.81 / 0.85 / 0.97.
        // T = 2π·√(0.48 / (0.4 × 386.0886)) = 2π × 0.0557497 = 0.350289 s.
        // Sa = Sd·(2π/T)²/g = Sd·Ay/Dy = Sd × 0.4/0.48 = Sd × 0.833333:
        //   0.5 → 0.416667 g, 1.51 → 1.258333 g, 5.04 → 4.2 g, 12.6 → 10.5 g.
        var curves = HazusSpectralFragilityTable.Default.Resolve("W1", CodeLevel.High);

        curves.PeriodS.Should().BeApproximately(0.350289, 1e-6);
        curves.TablePeriodS.Should().Be(0.35);
        curves.Imt.Should().Be("SA(0.35)");
        curves.Slight.Median.Should().BeApproximately(0.5 * 0.4 / 0.48, Relative * 0.42);
        curves.Moderate.Median.Should().BeApproximately(1.258333333333, 1e-11);
        curves.Extensive.Median.Should().BeApproximately(4.2, Relative * 4.2);
        curves.Complete.Median.Should().BeApproximately(10.5, Relative * 10.5);
        curves.Slight.Beta.Should().Be(0.8);
        curves.Complete.Beta.Should().Be(0.97);
        curves.Note.Should().BeEmpty();

        var p = curves.Evaluate(0.6);

        p.Slight.Should().BeApproximately(LogNormal.CDF(Math.Log(0.5 / 0.48 * 0.4), 0.8, 0.6), CdfTolerance);
        p.Moderate.Should().BeApproximately(LogNormal.CDF(Math.Log(1.51 / 0.48 * 0.4), 0.81, 0.6), CdfTolerance);
        p.Extensive.Should().BeApproximately(Normal.CDF(0, 1, Math.Log(0.6 / 4.2) / 0.85), CdfTolerance);
        p.Complete.Should().BeApproximately(Normal.CDF(0, 1, Math.Log(0.6 / 10.5) / 0.97), CdfTolerance);
    }

    [Fact]
    public void Resolve_C1LModerate_ConvertsSdMediansAtTheYieldPointPeriod()
    {
        // hazus_building_fragility.csv row "C1L,moderate": period 0.4 s, Dy 0.2 in, Ay 0.125 g,
        // Sd medians 0.9 / 1.56 / 4.2 / 10.8 in, betas 0.89 / 0.9 / 0.9 / 0.89.
        // T = 2π·√(0.2 / (0.125 × 386.0886)) = 2π × 0.0643746 = 0.404479 s.
        // Sa = Sd × 0.125/0.2 = Sd × 0.625: 0.5625 / 0.975 / 2.625 / 6.75 g.
        var curves = HazusSpectralFragilityTable.Default.Resolve("C1L", CodeLevel.Moderate);

        curves.PeriodS.Should().BeApproximately(0.404479, 1e-6);
        curves.Slight.Median.Should().BeApproximately(0.5625, Relative * 0.5625);
        curves.Moderate.Median.Should().BeApproximately(0.975, Relative * 0.975);
        curves.Extensive.Median.Should().BeApproximately(2.625, Relative * 2.625);
        curves.Complete.Median.Should().BeApproximately(6.75, Relative * 6.75);
        curves.Extensive.Beta.Should().Be(0.9);
        var collapse = HazusFragilityTable.Default.Resolve("C1L", CodeLevel.Moderate).CollapseFraction;
        curves.CollapseFraction.Should().Be(collapse);

        var p = curves.Evaluate(1.2);

        p.Slight.Should().BeApproximately(LogNormal.CDF(Math.Log(0.5625), 0.89, 1.2), CdfTolerance);
        p.Moderate.Should().BeApproximately(LogNormal.CDF(Math.Log(0.975), 0.9, 1.2), CdfTolerance);
        p.Extensive.Should().BeApproximately(LogNormal.CDF(Math.Log(2.625), 0.9, 1.2), CdfTolerance);
        p.Complete.Should().BeApproximately(LogNormal.CDF(Math.Log(6.75), 0.89, 1.2), CdfTolerance);
        p.Collapse.Should().BeApproximately(collapse * LogNormal.CDF(Math.Log(6.75), 0.89, 1.2), CdfTolerance);
    }

    [Fact]
    public void Resolve_EveryRow_HasYieldPeriodNearTheTabulatedPeriodAndOrderedMedians()
    {
        var table = HazusSpectralFragilityTable.Default;
        table.Types.Should().HaveCount(14);
        foreach (var type in table.Types)
        {
            foreach (var level in new[] { CodeLevel.High, CodeLevel.Moderate, CodeLevel.Low, CodeLevel.Pre })
            {
                var curves = table.Resolve(type, level);
                curves.PeriodS.Should().BeApproximately(curves.TablePeriodS, 0.016 * curves.TablePeriodS, $"{type} {level}");
                curves.Slight.Median.Should().BeLessThan(curves.Moderate.Median);
                curves.Moderate.Median.Should().BeLessThan(curves.Extensive.Median);
                curves.Extensive.Median.Should().BeLessThan(curves.Complete.Median);
            }
        }
    }

    [Fact]
    public void Resolve_MissingLevel_FallsBackToMoreVulnerableLevelWithNote()
    {
        // The table gives URML only low and pre-code curves.
        var curves = HazusSpectralFragilityTable.Default.Resolve("URML", CodeLevel.High);

        curves.CodeLevel.Should().Be(CodeLevel.Low);
        curves.Note.Should().Contain("URML").And.Contain("low");
    }

    [Fact]
    public void ToFunctionSet_GivesFourCurvesAgainstSaAtTheTabulatedPeriod()
    {
        var set = HazusSpectralFragilityTable.Default.Resolve("C1M", CodeLevel.Low).ToFunctionSet("C1M-low");

        set.Imt.Should().Be("SA(0.75)");
        set.Taxonomy.Should().Be("C1M-low");
        set.Curves.Should().HaveCount(4);
    }

    [Fact]
    public void Resolve_UnknownType_Throws()
    {
        var resolve = () => HazusSpectralFragilityTable.Default.Resolve("XX9", CodeLevel.High);

        resolve.Should().Throw<KeyNotFoundException>().WithMessage("*XX9*");
    }
}
