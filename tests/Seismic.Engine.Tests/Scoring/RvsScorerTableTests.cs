using Seismic.Engine.Vulnerability.Scoring;

namespace Seismic.Engine.Tests.Scoring;

public class RvsScorerTableTests
{
    private const string Header =
        "fema_type,basic_score,mid_rise_4to7,high_rise_gt7,vertical_irregularity,plan_irregularity,pre_code,post_benchmark,soil_c,soil_d,soil_e,s_min\n";

    [Fact]
    public void Score_UsesPerTypeMinimum_WhenTableGivesSMin()
    {
        // An office table with FEMA P-154-style S_min 0.3 for C1: 2.5 − 1.5 − 1.2 − 0.6 = −0.8 → 0.3.
        var csv = Header + "C1,2.5,+0.4,+0.6,-1.5,-0.5,-1.2,+1.4,-0.4,-0.6,-1.2,0.3\n";
        var scorer = RvsScorer.Load(new StringReader(csv), "office-rvs.csv");
        var record = Engine.Tests.Buildings.TestRecords.Make(Engine.District.StructureType.RcFrame, storeys: 2,
            year: 1970, softStorey: true, site: Engine.Buildings.SiteClass.II);

        var result = scorer.Score(record, Engine.Buildings.TaxonomyTable.Default.Classify(record));

        result.FinalScore.Should().BeApproximately(0.3, 1e-12);
        result.Contributions[^1].Points.Should().BeApproximately(1.1, 1e-12);
    }

    [Fact]
    public void Load_ReportsLineAndColumn_WhenModifierIsNotANumber()
    {
        var csv = Header + "C1,2.5,+0.4,+0.6,minus,-0.5,-1.2,+1.4,,,,\n";

        var act = () => RvsScorer.Load(new StringReader(csv), "office-rvs.csv");

        act.Should().Throw<Engine.Buildings.ReferenceTableException>()
            .WithMessage("office-rvs.csv line 2: column 'vertical_irregularity' has 'minus'*");
    }
}
