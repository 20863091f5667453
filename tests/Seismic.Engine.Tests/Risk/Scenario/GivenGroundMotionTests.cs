using Seismic.Engine.Buildings;
using Seismic.Engine.Hazard.Intensity;
using Seismic.Engine.Hazard.Sites;
using Seismic.Engine.Risk.Scenario;
using Seismic.Engine.Vulnerability.Scoring;

namespace Seismic.Engine.Tests.Risk.Scenario;

public sealed class GivenGroundMotionTests
{
    // Fixed-point accumulation rounds each value to 2⁻²⁴ ≈ 6e-8 and the vectorised CDF is accurate to 1e-7.
    private const double ProbabilityTolerance = 2e-7;

    [Fact]
    public void Run_OnConstantGivenPga_EqualsTheScalarDamagePathAtThatPga()
    {
        const double pga = 0.27;
        var inputs = ThreeBuildings();
        var ground = GivenGroundMotion.Create(inputs, [0.0, 1_000.0], [0.0, 0.0], [0, 0, 1], Constant(pga, events: 3, sites: 2), [], 3);
        var definition = ScenarioDefinition.ForGivenFields("constant.csv", ground.Events, night: true);

        var result = ScenarioRunner.Run(definition, inputs, ground);

        for (var b = 0; b < inputs.Count; b++)
        {
            var cls = inputs.Classes[inputs.FragilityClass[b]];
            var p = cls.Curves.Evaluate(pga);
            var casualties = CasualtyRates.Default.Expected(cls.Curves.HazusType, p, inputs.OccupantsNight[b]);
            result.Buildings.MedianPgaG[b].Should().BeApproximately(pga, 1e-15);
            result.Buildings.Slight[b].Should().BeApproximately(p.Slight, ProbabilityTolerance);
            result.Buildings.Moderate[b].Should().BeApproximately(p.Moderate, ProbabilityTolerance);
            result.Buildings.Extensive[b].Should().BeApproximately(p.Extensive, ProbabilityTolerance);
            result.Buildings.Complete[b].Should().BeApproximately(p.Complete, ProbabilityTolerance);
            result.Buildings.Collapse[b].Should().BeApproximately(p.Collapse, ProbabilityTolerance);
            result.Buildings.Severity2[b].Should().BeApproximately(casualties.Severity2, 1e-5);
            result.Buildings.Severity4[b].Should().BeApproximately(casualties.Severity4, 1e-5);
            result.Buildings.Intensity[b].Should().BeApproximately(Math.Clamp(ChinaIntensity.FromPga(pga * 9.80665), 1, 12), 1e-12);
        }

        result.District.Collapsed.P5.Should().BeApproximately(result.District.Collapsed.P95, 1e-9, "every event is the same field");
    }

    [Fact]
    public void Run_TakesEventRAsRealizationR()
    {
        var inputs = ThreeBuildings();
        double[] pga = [0.1, 0.1, 0.5, 0.5];
        var ground = GivenGroundMotion.Create(inputs, [0.0, 1_000.0], [0.0, 0.0], [0, 0, 1], pga, [], 2);

        var result = ScenarioRunner.Run(ScenarioDefinition.ForGivenFields("two.csv", 2), inputs, ground);

        for (var b = 0; b < inputs.Count; b++)
        {
            var curves = inputs.Classes[inputs.FragilityClass[b]].Curves;
            var expected = (curves.Evaluate(0.1).Extensive + curves.Evaluate(0.5).Extensive) / 2;
            result.Buildings.Extensive[b].Should().BeApproximately(expected, ProbabilityTolerance);
            result.Buildings.MedianPgaG[b].Should().BeApproximately(Math.Sqrt(0.1 * 0.5), 1e-12, "median of two events is their middle value in ln");
        }

        result.District.AtLeastExtensive.P5.Should().BeLessThan(result.District.AtLeastExtensive.P95);
    }

    [Fact]
    public void Run_PartitionedEqualsSinglePass_OnGivenFields()
    {
        var inputs = ThreeBuildings();
        double[] pga = [0.1, 0.2, 0.3, 0.05, 0.4, 0.35, 0.2, 0.2, 0.6, 0.01, 0.02, 0.03];
        var ground = GivenGroundMotion.Create(inputs, [0.0, 1_000.0, 2_000.0], [0.0, 0.0, 0.0], [0, 2, 1], pga, [], 4);
        var definition = ScenarioDefinition.ForGivenFields("four.csv", 4);

        var single = ScenarioRunner.Run(definition, inputs, ground);
        var split = ScenarioRunner.Run(definition, inputs, ground, ScenarioPartition.Grid(inputs.Count, 4, 3, 2));

        split.Buildings.Extensive.Should().Equal(single.Buildings.Extensive);
        split.Communities.Should().Equal(single.Communities);
        split.District.Should().Be(single.District);
    }

    [Fact]
    public void Create_KeepsOnlySitesWithBuildings_AndTheirValues()
    {
        var inputs = ThreeBuildings();
        double[] pga = [0.1, 0.9, 0.3, 0.2, 0.8, 0.4];

        var ground = GivenGroundMotion.Create(inputs, [0.0, 500.0, 1_000.0], [0.0, 0.0, 0.0], [0, 0, 2], pga, [], 2);

        ground.Grid.CellCount.Should().Be(2);
        ground.SourceSite.Should().Equal(0, 2);
        ground.Grid.BuildingCell.ToArray().Should().Equal(0, 0, 1);
        var field = new double[2];
        ground.Field(1, field);
        field[0].Should().BeApproximately(Math.Log(0.2), 1e-15);
        field[1].Should().BeApproximately(Math.Log(0.4), 1e-15);
        ground.Grid.SpacingM.Should().BeApproximately(1_000, 1e-9);
    }

    [Fact]
    public void Run_RefusesADefinitionWithMoreRealizationsThanGivenEvents()
    {
        var inputs = ThreeBuildings();
        var ground = GivenGroundMotion.Create(inputs, [0.0], [0.0], [0, 0, 0], [0.1, 0.2], [], 2);

        var act = () => ScenarioRunner.Run(ScenarioDefinition.ForGivenFields("two.csv", 3), inputs, ground);

        act.Should().Throw<ArgumentException>().WithMessage("*2 realizations*");
    }

    [Fact]
    public void AreaIntensity_SummarisesTheIntensityOfTheAreasBuildings()
    {
        // Two buildings of community 0 on sites of 0.1 g and 0.4 g, one of community 1 on the 0.4 g site; with PGV the
        // intensity combines both (GB/T 17742-2020 Annex A).
        var inputs = ThreeBuildings();
        double[] pga = [0.1, 0.4];
        double[] pgv = [8.0, 40.0];
        var ground = GivenGroundMotion.Create(inputs, [0.0, 1_000.0], [0.0, 0.0], [0, 1, 1], pga, pgv, 1);

        var result = ScenarioRunner.Run(ScenarioDefinition.ForGivenFields("one.csv", 1), inputs, ground);

        var low = ChinaIntensity.FromPgaPgv(0.1 * 9.80665, 0.08);
        var high = ChinaIntensity.FromPgaPgv(0.4 * 9.80665, 0.40);
        var north = result.Communities[0].Intensity;
        north.Mean.Should().BeApproximately((low + high) / 2, 1e-12);
        north.P5.Should().BeApproximately(low + 0.05 * (high - low), 1e-12);
        north.P50.Should().BeApproximately((low + high) / 2, 1e-12);
        north.P95.Should().BeApproximately(low + 0.95 * (high - low), 1e-12);
        result.Communities[1].Intensity.Mean.Should().BeApproximately(high, 1e-12);
        result.District.Intensity.Mean.Should().BeApproximately((low + 2 * high) / 3, 1e-12);
        result.Streets[0].Intensity.P50.Should().BeApproximately(high, 1e-12);
        result.HighestIntensityCommunities(5).Select(c => c.Name).Should().Equal("south", "north");
    }

    [Fact]
    public void NearestSite_AssignsTheNearestWithinTheDistance_AndReportsTheDistanceOfTheRest()
    {
        double[] siteX = [0, 1_000, 5_000];
        double[] siteY = [0, 0, 0];
        double[] pointX = [100, 900, 499, 3_000, -2_000];
        double[] pointY = [0, 0, 0, 0, 0];
        var site = new int[5];
        var distance = new double[5];

        var unassigned = NearestSite.Assign(pointX, pointY, siteX, siteY, 500, site, distance);

        unassigned.Should().Be(2);
        site.Should().Equal(0, 1, 0, -1, -1);
        distance[1].Should().BeApproximately(100, 1e-9);
        distance[3].Should().BeApproximately(2_000, 1e-9);
        distance[4].Should().BeApproximately(2_000, 1e-9);
    }

    private static double[] Constant(double value, int events, int sites)
    {
        var values = new double[events * sites];
        Array.Fill(values, value);
        return values;
    }

    private static ScenarioInputs ThreeBuildings()
    {
        var classes = new[]
        {
            ScenarioFragilityClass.From(HazusFragilityTable.Default.Resolve("URML", CodeLevel.Pre), CasualtyRates.Default),
            ScenarioFragilityClass.From(HazusFragilityTable.Default.Resolve("C1L", CodeLevel.Moderate), CasualtyRates.Default),
        };
        return new ScenarioInputs(
            [0.0, 10.0, 990.0], [0.0, 0.0, 0.0], [300.0, 300.0, 500.0], [0, 1, 0], [20.0, 200.0, 50.0], [30.0, 5.0, 60.0],
            [30.0, 0.0, 60.0], [0, 0, 1], [0, 0, 0], classes, ["north", "south"], ["only street"]);
    }
}
