using Seismic.Engine.Vulnerability.Scoring;

namespace Seismic.Engine.Tests.Scoring;

public class ScoringKernelTests
{
    private const double Tolerance = 1e-9;
    private static readonly BuildingScorer Scorer = new();

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.1)]
    [InlineData(0.35)]
    [InlineData(1.2)]
    public void Score_EqualsPerRecordScorer_ForRandomRecords(double pga)
    {
        var records = RandomRecords.Make(3000, seed: 20261126);
        var batch = BuildingScoringBatch.Create(records, Scorer);
        var outputs = new ScoringOutputs(records.Length);

        ScoringKernel.Score(batch, pga, outputs);

        for (var i = 0; i < records.Length; i++)
        {
            AssertSame(Scorer.Score(records[i], pga), outputs, i);
        }
    }

    [Fact]
    public void Score_EqualsPerRecordScorer_OnTheParallelPath()
    {
        var records = RandomRecords.Make(ScoringKernel.ParallelThreshold + 5000, seed: 7);
        var batch = BuildingScoringBatch.Create(records, Scorer);
        var outputs = new ScoringOutputs(records.Length);

        ScoringKernel.Score(batch, 0.22, outputs);

        for (var i = 0; i < records.Length; i += 97)
        {
            AssertSame(Scorer.Score(records[i], 0.22), outputs, i);
        }

        AssertSame(Scorer.Score(records[^1], 0.22), outputs, records.Length - 1);
    }

    [Fact]
    public void Score_ReusesOutputs_AcrossPgas()
    {
        var records = RandomRecords.Make(500, seed: 3);
        var batch = BuildingScoringBatch.Create(records, Scorer);
        var outputs = new ScoringOutputs(records.Length);

        ScoringKernel.Score(batch, 0.5, outputs);
        ScoringKernel.Score(batch, 0.05, outputs);

        AssertSame(Scorer.Score(records[42], 0.05), outputs, 42);
    }

    [Fact]
    public void Score_Rejects_OutputsShorterThanBatch()
    {
        var batch = BuildingScoringBatch.Create(RandomRecords.Make(10, seed: 1), Scorer);

        var act = () => ScoringKernel.Score(batch, 0.1, new ScoringOutputs(5));

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    private static void AssertSame(BuildingScore expected, ScoringOutputs outputs, int i)
    {
        outputs.RvsScore[i].Should().BeApproximately(expected.Rvs.FinalScore, Tolerance, "RVS of {0}", expected.BuildingId);
        outputs.Slight[i].Should().BeApproximately(expected.Damage.Slight, Tolerance);
        outputs.Moderate[i].Should().BeApproximately(expected.Damage.Moderate, Tolerance);
        outputs.Extensive[i].Should().BeApproximately(expected.Damage.Extensive, Tolerance);
        outputs.Complete[i].Should().BeApproximately(expected.Damage.Complete, Tolerance);
        outputs.Collapse[i].Should().BeApproximately(expected.Damage.Collapse, Tolerance);
        outputs.ResilienceDesign[i].Should().BeApproximately(expected.Design.Index, Tolerance, "design index of {0}", expected.BuildingId);
        outputs.ResilienceRare[i].Should().BeApproximately(expected.Rare.Index, Tolerance, "rare index of {0}", expected.BuildingId);
    }
}
