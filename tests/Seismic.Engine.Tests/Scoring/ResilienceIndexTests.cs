using MathNet.Numerics.Distributions;
using Seismic.Engine.Buildings;
using Seismic.Engine.District;
using Seismic.Engine.Tests.Buildings;
using Seismic.Engine.Vulnerability.Scoring;

namespace Seismic.Engine.Tests.Scoring;

public class ResilienceIndexTests
{
    private static readonly BuildingScorer Scorer = new();

    [Fact]
    public void Index_FollowsDocumentedFormula_ForSoftStoreyFrameInFairCondition()
    {
        // C1L high code (RC frame, 3 storeys, 2005, intensity 7), 100 peak occupants, soft storey, fair condition,
        // design earthquake 0.10 g. HAZUS C1L high: medians 0.21/0.35/0.70/1.37 g, beta 0.64, collapse given
        // complete 0.13; serious (severity 2–4) indoor rates, %: slight 0, moderate 0.03, extensive 0.102,
        // complete without collapse 1.02, with collapse 35.
        double Exceed(double median) => Normal.CDF(0, 1, Math.Log(0.10 / median) / 0.64);
        double m = Exceed(0.35), e = Exceed(0.70), c = Exceed(1.37);
        var collapse = 0.13 * c;
        var serious = 100 * ((m - e) * 0.0003 + (e - c) * 0.00102 + (c - collapse) * 0.0102 + collapse * 0.35);
        var expected = 100 - Math.Min(50, 500 * collapse) - Math.Min(15, 5 * serious) - 5 - 12;
        var record = TestRecords.Make(StructureType.RcFrame, storeys: 3, year: 2005, occupants: 100,
            softStorey: true, condition: BuildingCondition.Fair);

        var design = Scorer.Score(record, 0.3).Design;

        design.PgaG.Should().Be(0.10);
        // Tolerance: the engine's normal CDF is within 1e-7 of MathNet's; ×500 points on collapse.
        design.Index.Should().BeApproximately(expected, 1e-4);
        design.Grade.Should().Be(ResilienceGrade.B);
        design.Contributions.Select(x => x.ToString()).Should().Contain("soft storey \u221212").And.Contain("condition fair \u22125");
    }

    [Fact]
    public void Contributions_SumToIndex_AtDesignAndRareEarthquakes()
    {
        var record = TestRecords.Make(StructureType.Masonry, storeys: 4, year: 1985, use: BuildingUse.School,
            importance: ImportanceCategory.Key, occupants: 600, vertical: Irregularity.Moderate, plan: true, falling: true);

        var score = Scorer.Score(record, 0.2);

        foreach (var result in new[] { score.Design, score.Rare })
        {
            result.Contributions.Sum(x => x.Points).Should().BeApproximately(result.Index, 1e-9);
            result.Index.Should().BeInRange(0, 100);
        }

        score.Rare.PgaG.Should().Be(0.22);
        score.Rare.Index.Should().BeLessThan(score.Design.Index);
        score.Design.Contributions.Should().Contain(x => x.Factor.StartsWith("importance key", StringComparison.Ordinal));
    }

    [Fact]
    public void Importance_AddsQuarterOfRiskPenalty_ForKeyBuildings()
    {
        var standard = TestRecords.Make(StructureType.Masonry, storeys: 3, year: 1975, occupants: 300);
        var key = standard with { Importance = ImportanceCategory.Key };

        var a = Scorer.Score(standard, 0.1).Rare;
        var b = Scorer.Score(key, 0.1).Rare;

        var risk = -(a.Contributions[1].Points + a.Contributions[2].Points);
        (a.Index - b.Index).Should().BeApproximately(0.25 * risk, 1e-9);
    }

    [Fact]
    public void Index_IsFlooredAtZero_WithAnExplicitContribution()
    {
        var record = TestRecords.Make(StructureType.Masonry, storeys: 5, year: 1960, intensity: null, occupants: 2000,
            condition: BuildingCondition.Dangerous, vertical: Irregularity.Severe, softStorey: true, plan: true,
            shortColumns: true, pounding: true, falling: true, importance: ImportanceCategory.Special);

        var rare = Scorer.Score(record, 0.1).Rare;

        rare.Index.Should().Be(0);
        rare.Grade.Should().Be(ResilienceGrade.D);
        rare.Contributions[^1].Factor.Should().Be("floor at 0");
        rare.Contributions.Sum(x => x.Points).Should().BeApproximately(0, 1e-9);
    }

    [Theory]
    [InlineData(100, ResilienceGrade.A)]
    [InlineData(85, ResilienceGrade.A)]
    [InlineData(84.9, ResilienceGrade.B)]
    [InlineData(70, ResilienceGrade.B)]
    [InlineData(55, ResilienceGrade.C)]
    [InlineData(49.99, ResilienceGrade.D)]
    public void GradeOf_UsesDocumentedThresholds(double index, ResilienceGrade grade) =>
        ResilienceWeights.Default.GradeOf(index).Should().Be(grade);

    [Fact]
    public void Score_CarriesAppraisalCategoryAndGemString_OnEveryRecord()
    {
        var score = Scorer.Score(TestRecords.Make(StructureType.RcFrame, storeys: 6, year: 1995), 0.1);

        score.Appraisal.Category.Should().Be(AppraisalCategory.B);
        score.Taxonomy.GemTaxonomy.Should().Be("CR/LFM+CDM/H:6/YEX:1995/RES");
        score.Taxonomy.HazusType.Code.Should().Be("C1M");
    }
}
