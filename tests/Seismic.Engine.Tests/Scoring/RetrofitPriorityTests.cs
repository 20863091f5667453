using Seismic.Engine.Buildings;
using Seismic.Engine.District;
using Seismic.Engine.Tests.Buildings;
using Seismic.Engine.Vulnerability.Scoring;

namespace Seismic.Engine.Tests.Scoring;

public class RetrofitPriorityTests
{
    private static readonly BuildingScorer Scorer = new();

    private static readonly SurveyRecord[] Records =
    [
        // Old unreinforced masonry school, crowded: large benefit per cost.
        TestRecords.Make(StructureType.Masonry, storeys: 3, year: 1975, intensity: null, use: BuildingUse.School,
            importance: ImportanceCategory.Key, occupants: 800, floorArea: 2000, id: "school"),
        // Old pre-code frame housing: some benefit.
        TestRecords.Make(StructureType.RcFrame, storeys: 5, year: 1980, intensity: null, occupants: 150, floorArea: 3000, id: "flats"),
        // Modern high-code tower: already at the target, no benefit.
        TestRecords.Make(StructureType.ShearWall, storeys: 20, year: 2015, occupants: 600, floorArea: 20000, id: "tower"),
        // Unknown floor area: cannot be costed.
        TestRecords.Make(StructureType.Masonry, storeys: 2, year: 1970, floorArea: null, id: "shed"),
    ];

    [Fact]
    public void Rank_OrdersByCasualtiesAvoidedPerCost_AndFlagsKeyBuildings()
    {
        var ranking = RetrofitPriority.Rank(Records, Scorer);

        ranking.Rows.Select(r => r.BuildingId).Should().Equal("school", "flats", "tower");
        ranking.Rows[0].IsKeyCategory.Should().BeTrue();
        ranking.Rows[1].IsKeyCategory.Should().BeFalse();
        ranking.Rows[2].CasualtiesAvoided.Should().BeApproximately(0, 1e-12);
        ranking.Unranked.Should().Equal("shed");
        ranking.Rows.Select(r => r.AvoidedPerMillionCny).Should().BeInDescendingOrder();
    }

    [Fact]
    public void Rank_BuildsCumulativeBenefitTable()
    {
        var ranking = RetrofitPriority.Rank(Records, Scorer);
        var rows = ranking.Rows;

        // Costs: floor area × default CNY/m² (retrofit_costs.csv): masonry 900, rc_frame 1100, shear_wall 1200.
        rows[0].CostCny.Should().BeApproximately(2000 * 900, 1e-6);
        rows[1].CumulativeCostCny.Should().BeApproximately(2000 * 900 + 3000 * 1100, 1e-6);
        rows[2].CumulativeCostCny.Should().BeApproximately(ranking.TotalCostCny, 1e-6);
        rows[1].CumulativeAvoided.Should().BeApproximately(rows[0].CasualtiesAvoided + rows[1].CasualtiesAvoided, 1e-12);
        rows[^1].CumulativeShare.Should().BeApproximately(1.0, 1e-12);
        rows[0].CumulativeShare.Should().BeApproximately(rows[0].CasualtiesAvoided / ranking.TotalAvoided, 1e-12);
        rows[0].AvoidedPerMillionCny.Should().BeApproximately(rows[0].CasualtiesAvoided / rows[0].CostCny * 1e6, 1e-9);
    }

    [Fact]
    public void Rank_ComparesOwnCurvesWithTargetLevelCurves()
    {
        // The school's URML pre-code curves against URML low code (HAZUS has no higher URM level).
        var school = Records[0];
        var now = Scorer.SeriousCasualties(school, CodeLevel.Pre, 0.22);
        var after = Scorer.SeriousCasualties(school, CodeLevel.Low, 0.22);

        var row = RetrofitPriority.Rank(Records, Scorer).Rows[0];

        row.CasualtiesNow.Should().BeApproximately(now, 1e-12);
        row.CasualtiesAfter.Should().BeApproximately(after, 1e-12);
        after.Should().BeLessThan(now);
    }

    [Fact]
    public void CostTable_ReportsLine_WhenCostNotPositive()
    {
        const string csv = "structure_type,cost_cny_per_m2\nmasonry,0\n";

        var act = () => RetrofitCostTable.Load(new StringReader(csv), "costs.csv");

        act.Should().Throw<ReferenceTableException>().WithMessage("costs.csv line 2*cost_cny_per_m2*");
    }
}
