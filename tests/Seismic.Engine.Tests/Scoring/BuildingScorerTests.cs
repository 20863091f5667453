using Seismic.Engine.Buildings;
using Seismic.Engine.District;
using Seismic.Engine.Tests.Buildings;
using Seismic.Engine.Vulnerability.Scoring;

namespace Seismic.Engine.Tests.Scoring;

public class BuildingScorerTests
{
    [Fact]
    public void Constructor_NamesTaxonomyRow_WhenOverrideUsesTypeWithoutFragilityCurves()
    {
        // The reference fragility table has no S2 (braced steel) curves.
        var csv = "structure_type,storeys_min,storeys_max,hazus_type,fragility_type,fema154_type,gem_material,gem_llrs\n" +
                  "masonry,1,999,URML,URML,URM,MUR,LWAL\nconfined_masonry,1,999,RM1L,RM1L,RM1,MCF,LWAL\n" +
                  "rc_frame,1,999,C1L,C1L,C1,CR,LFM\nframe_shear_wall,1,999,C2L,C2L,C2,CR,LDUAL\n" +
                  "shear_wall,1,999,C2L,C2L,C2,CR,LWAL\nsteel,1,999,S2L,S2L,S2,S,LFBR\ntimber,1,999,W1,W1,W1,W,LWAL\n" +
                  "adobe_stone,1,999,URML,URML,URM,MUR,LWAL\nother,1,999,URML,URML,URM,MAT99,L99\n";
        var taxonomy = TaxonomyTable.LoadOverride(new StringReader(csv), null);

        var act = () => new BuildingScorer(taxonomy);

        act.Should().Throw<ReferenceTableException>().Where(e => e.Line == 7 && e.Message.Contains("S2L"));
    }

    [Fact]
    public void Score_ReportsScenarioDamageAndCasualties_ForPeakOccupants()
    {
        var record = TestRecords.Make(StructureType.Masonry, storeys: 2, year: 1970, intensity: null, occupants: 400);
        var scorer = new BuildingScorer();

        var score = scorer.Score(record, 0.3);

        score.Fragility.HazusType.Should().Be("URML");
        score.Fragility.CodeLevel.Should().Be(CodeLevel.Pre);
        var expected = CasualtyRates.Default.Expected("URML", score.Damage, 400);
        score.Casualties.Severity4.Should().BeApproximately(expected.Severity4, 1e-12);
        score.Casualties.Severity4.Should().BeGreaterThan(0);
        score.Damage.Complete.Should().BeGreaterThan(score.Damage.Collapse);
    }
}
