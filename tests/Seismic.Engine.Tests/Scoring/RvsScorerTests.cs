using Seismic.Engine.Buildings;
using Seismic.Engine.District;
using Seismic.Engine.Tests.Buildings;
using Seismic.Engine.Vulnerability.Scoring;

namespace Seismic.Engine.Tests.Scoring;

public class RvsScorerTests
{
    // Basic scores and modifiers: FEMA 154 (2002) high-seismicity form,
    // shared/reference/fragility/fema154_2002_high_seismicity_scores.csv.
    private static RvsResult Score(SurveyRecord record, RvsScorer? scorer = null) =>
        (scorer ?? RvsScorer.Default).Score(record, TaxonomyTable.Default.Classify(record));

    [Fact]
    public void Score_FallsToMinimum_WhenSoftStoreyPreCodeMidRiseFrameOnSoftSoil()
    {
        // C1 (MRF): basic 2.5, mid rise +0.4, vertical irregularity −1.5, pre-code −1.2; site II → soil D, whose C1
        // cell is blank in the source, so the most severe D value of the table (W2, −0.8) applies.
        // 2.5 + 0.4 − 1.5 − 1.2 − 0.8 = −0.6 → floored at the minimum score 0 → S = 0, P(collapse) = 1.
        var record = TestRecords.Make(StructureType.RcFrame, storeys: 5, year: 1975, softStorey: true, site: SiteClass.II);

        var result = Score(record);

        result.FinalScore.Should().BeApproximately(0.0, 1e-12);
        result.CollapseProbability.Should().BeApproximately(1.0, 1e-12);
        result.DetailedEvaluationRequired.Should().BeTrue();
        result.Contributions.Select(c => c.Points).Should().Equal([2.5, 0.4, -1.5, -1.2, -0.8, 0.6], (a, b) => Math.Abs(a - b) < 1e-12);
        result.Contributions[^1].Factor.Should().StartWith("minimum score");
    }

    [Fact]
    public void Score_AddsPostBenchmarkAndHighRise_ForModernShearWallTower()
    {
        // C2 (SW): basic 2.8, high rise +0.8, post-benchmark +2.4 (2005, intensity 7 → high code); site I1 → soil C,
        // blank for C2 → the column's most severe C value −0.4. S = 2.8 + 0.8 + 2.4 − 0.4 = 5.6.
        var record = TestRecords.Make(StructureType.ShearWall, storeys: 10, year: 2005, site: SiteClass.I1);

        var result = Score(record);

        result.FinalScore.Should().BeApproximately(5.6, 1e-12);
        result.CollapseProbability.Should().BeApproximately(Math.Pow(10, -5.6), 1e-15);
        result.DetailedEvaluationRequired.Should().BeFalse();
        result.Contributions.Sum(c => c.Points).Should().BeApproximately(result.FinalScore, 1e-12);
    }

    [Fact]
    public void Score_IsBasicScore_ForRegularModerateCodeTimberHouse()
    {
        // W1: basic 4.4; 1995 with intensity 7 → moderate code (no pre-code or post-benchmark); no site data and
        // 1 storey → soil D per FEMA 154, W1's D modifier is 0.0. S = 4.4.
        var record = TestRecords.Make(StructureType.Timber, storeys: 1, year: 1995, site: null);

        var result = Score(record);

        result.SoilType.Should().Be(NehrpSoilType.D);
        result.FinalScore.Should().BeApproximately(4.4, 1e-12);
        result.Contributions.Should().ContainSingle();
    }

    [Fact]
    public void Score_FlagsDetailedEvaluation_BelowConfigurableCutoff()
    {
        // S1 (MRF): basic 2.8, plan irregularity −0.5; Vs30 300 m/s → soil D −0.6. S = 1.7.
        var record = TestRecords.Make(StructureType.Steel, storeys: 3, year: 1995, site: null, vs30: 300, plan: true);

        Score(record).FinalScore.Should().BeApproximately(1.7, 1e-12);
        Score(record).DetailedEvaluationRequired.Should().BeTrue();
        Score(record, RvsScorer.Create(new RvsOptions(Cutoff: 1.5))).DetailedEvaluationRequired.Should().BeFalse();
    }

    [Fact]
    public void Score_AppliesNoSoilModifier_WhenBlankCellPolicyIsZero()
    {
        // C1 low rise, 1995 intensity 7 → moderate; site III → D, blank for C1 → 0 under the Zero policy. S = 2.5.
        var record = TestRecords.Make(StructureType.RcFrame, storeys: 2, year: 1995, site: SiteClass.III);

        var result = Score(record, RvsScorer.Create(new RvsOptions(BlankSoil: BlankSoilModifier.Zero)));

        result.FinalScore.Should().BeApproximately(2.5, 1e-12);
    }

    [Fact]
    public void Score_NamesBlankSoilCell_InItsContribution()
    {
        var record = TestRecords.Make(StructureType.RcFrame, storeys: 2, year: 1995, site: SiteClass.IV);

        var soil = Score(record).Contributions.Single(c => c.Factor.StartsWith("soil", StringComparison.Ordinal));

        soil.Factor.Should().Contain("blank");
        soil.Points.Should().BeApproximately(-1.2, 1e-12);
    }

    [Theory]
    [InlineData(SiteClass.I0, null, 5, NehrpSoilType.B)]
    [InlineData(SiteClass.I1, null, 5, NehrpSoilType.C)]
    [InlineData(SiteClass.II, 800.0, 5, NehrpSoilType.D)]
    [InlineData(SiteClass.IV, null, 5, NehrpSoilType.E)]
    [InlineData(null, 1600.0, 5, NehrpSoilType.A)]
    [InlineData(null, 500.0, 5, NehrpSoilType.C)]
    [InlineData(null, 150.0, 5, NehrpSoilType.E)]
    [InlineData(null, null, 2, NehrpSoilType.D)]
    [InlineData(null, null, 3, NehrpSoilType.E)]
    public void SoilTypeOf_PrefersSiteClass_ThenVs30_ThenFema154Default(SiteClass? site, double? vs30, int storeys, NehrpSoilType expected) =>
        RvsScorer.SoilTypeOf(site, vs30, storeys).Should().Be(expected);
}
