using MathNet.Numerics.Distributions;
using Seismic.Engine.Buildings;
using Seismic.Engine.Vulnerability.Scoring;

namespace Seismic.Engine.Tests.Scoring;

public class HazusFragilityTableTests
{
    // The engine's fast normal CDF is accurate to 1e-7 (NormalCdfKernel); the reference here is MathNet.
    private const double CdfTolerance = 1e-7;

    [Fact]
    public void Evaluate_MatchesHazusLognormalCurves_ForC1LHighCodeAt03g()
    {
        // HAZUS-MH equivalent-PGA fragility, C1L high code (shared/reference/fragility/hazus_building_fragility.csv):
        // medians 0.21 / 0.35 / 0.70 / 1.37 g, beta 0.64; collapse given complete 0.13 (hazus_indoor_casualty_rates_pct.csv).
        // P(>=complete) = Φ(ln(0.3/1.37)/0.64) = Φ(−2.3724) ≈ 0.0088198; P(collapse) = 0.0088198 × 0.13 ≈ 0.0011466.
        var curves = HazusFragilityTable.Default.Resolve("C1L", CodeLevel.High);

        var p = curves.Evaluate(0.3);

        p.Slight.Should().BeApproximately(Normal.CDF(0, 1, Math.Log(0.3 / 0.21) / 0.64), CdfTolerance);
        p.Moderate.Should().BeApproximately(Normal.CDF(0, 1, Math.Log(0.3 / 0.35) / 0.64), CdfTolerance);
        p.Extensive.Should().BeApproximately(Normal.CDF(0, 1, Math.Log(0.3 / 0.70) / 0.64), CdfTolerance);
        p.Complete.Should().BeApproximately(Normal.CDF(0, 1, Math.Log(0.3 / 1.37) / 0.64), CdfTolerance);
        p.Complete.Should().BeApproximately(0.0088198, 1e-6);
        p.Collapse.Should().BeApproximately(0.13 * Normal.CDF(0, 1, Math.Log(0.3 / 1.37) / 0.64), CdfTolerance);
        curves.Note.Should().BeEmpty();
    }

    [Fact]
    public void Evaluate_MatchesHazusCurves_ForUrmlPreCodeAtRareEarthquake()
    {
        // URML pre-code: medians 0.13 / 0.17 / 0.26 / 0.37 g, beta 0.64; collapse given complete 0.15.
        // P(>=complete | 0.22 g) = Φ(ln(0.22/0.37)/0.64) ≈ 0.20831.
        var p = HazusFragilityTable.Default.Resolve("URML", CodeLevel.Pre).Evaluate(0.22);

        p.Slight.Should().BeApproximately(0.7944674, 1e-6);
        p.Complete.Should().BeApproximately(Normal.CDF(0, 1, Math.Log(0.22 / 0.37) / 0.64), CdfTolerance);
        p.Collapse.Should().BeApproximately(0.15 * 0.2083082, 1e-6);
    }

    [Fact]
    public void Resolve_FallsBackToLowCode_ForUrmDesignedToHighCode()
    {
        // HAZUS gives URM only low and pre-code curves.
        var curves = HazusFragilityTable.Default.Resolve("URMM", CodeLevel.High);

        curves.CodeLevel.Should().Be(CodeLevel.Low);
        curves.Complete.Median.Should().BeApproximately(0.46, 1e-12);
        curves.Note.Should().Contain("low-code curves used");
    }

    [Fact]
    public void Resolve_PrefersTheMoreVulnerableNeighbour_ThenTheStronger()
    {
        // S1M has only high and moderate rows: pre-code asks for weaker, none exists, so moderate is used.
        HazusFragilityTable.Default.Resolve("S1M", CodeLevel.Pre).CodeLevel.Should().Be(CodeLevel.Moderate);
        HazusFragilityTable.Default.Resolve("S1M", CodeLevel.Low).CodeLevel.Should().Be(CodeLevel.Moderate);
    }

    [Fact]
    public void Evaluate_ReturnsZero_AtZeroPga()
    {
        var p = HazusFragilityTable.Default.Resolve("C2M", CodeLevel.Moderate).Evaluate(0);

        p.Slight.Should().Be(0);
        p.Collapse.Should().Be(0);
    }

    [Fact]
    public void Load_ReportsLine_WhenMedianIsNotANumber()
    {
        const string fragility = "hazus_type,code_level,median_slight_g,median_moderate_g,median_extensive_g,median_complete_g,beta_slight,beta_moderate,beta_extensive,beta_complete\n" +
                                 "C1L,high,0.21,x,0.70,1.37,0.64,0.64,0.64,0.64\n";
        const string casualty = "hazus_type,collapse_given_complete\nC1L,0.13\n";

        var act = () => HazusFragilityTable.Load(new StringReader(fragility), new StringReader(casualty), "f.csv", "c.csv");

        act.Should().Throw<ReferenceTableException>().WithMessage("f.csv line 2: column 'median_moderate_g' has 'x'*");
    }
}
