using Seismic.Engine.Vulnerability.Scoring;

namespace Seismic.Engine.Tests.Scoring;

public class AppraisalClassifierTests
{
    // GB 50023-2009 1.0.4 and 1.0.5 (shared/reference/china/gb50023_2009_appraisal_categories.csv).
    [Theory]
    [InlineData(1965, null, AppraisalCategory.A, 30)]
    [InlineData(1979, null, AppraisalCategory.A, 30)]
    [InlineData(null, null, AppraisalCategory.A, 30)]
    [InlineData(1985, null, AppraisalCategory.B, 40)]
    [InlineData(1985, 30, AppraisalCategory.A, 30)]
    [InlineData(1995, null, AppraisalCategory.B, 40)]
    [InlineData(1995, 50, AppraisalCategory.C, 50)]
    [InlineData(2001, null, AppraisalCategory.B, 40)]
    [InlineData(2002, null, AppraisalCategory.C, 50)]
    [InlineData(2020, 30, AppraisalCategory.C, 50)]
    public void Classify_AssignsCategory_ByEraAndWantedServiceLife(int? year, int? wanted, AppraisalCategory category, int life)
    {
        var result = AppraisalClassifier.Classify(year, wanted);

        result.Category.Should().Be(category);
        result.RemainingServiceLifeYears.Should().Be(life);
        result.Basis.Should().Contain("GB 50023-2009");
    }
}
