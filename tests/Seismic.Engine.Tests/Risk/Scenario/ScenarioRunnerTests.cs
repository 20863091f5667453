using Seismic.Engine.Buildings;
using Seismic.Engine.Hazard;
using Seismic.Engine.Risk.Scenario;
using Seismic.Engine.Vulnerability.Scoring;

namespace Seismic.Engine.Tests.Risk.Scenario;

public sealed class ScenarioRunnerTests
{
    private static readonly (string Type, CodeLevel Level)[] ClassKeys =
        [("URML", CodeLevel.Pre), ("C1L", CodeLevel.Low), ("C2M", CodeLevel.Moderate), ("W1", CodeLevel.High)];

    [Fact]
    public void Run_IsBitForBitReproducible_WithTheSameSeed()
    {
        var inputs = Synthetic(90, 7);
        var definition = Definition(realizations: 12, seed: 42);

        var a = ScenarioRunner.Run(definition, inputs);
        var b = ScenarioRunner.Run(definition, inputs);

        AssertIdentical(a, b);
    }

    [Fact]
    public void Run_ChangesTheDamage_WhenTheSeedChanges()
    {
        var inputs = Synthetic(90, 7);

        var a = ScenarioRunner.Run(Definition(realizations: 12, seed: 42), inputs);
        var b = ScenarioRunner.Run(Definition(realizations: 12, seed: 43), inputs);

        a.Buildings.Extensive.Should().NotEqual(b.Buildings.Extensive);
    }

    [Fact]
    public void Run_PartitionedEqualsSinglePass_Exactly()
    {
        var inputs = Synthetic(101, 3);
        var definition = Definition(realizations: 13, seed: 5);

        var single = ScenarioRunner.Run(definition, inputs);
        var partitions = ScenarioPartition.Grid(inputs.Count, definition.Realizations, 3, 4);
        var reversed = partitions.Reverse().ToArray();
        var partitioned = ScenarioRunner.Run(definition, inputs, partitions);
        var reversedRun = ScenarioRunner.Run(definition, inputs, reversed);

        partitions.Should().HaveCount(12);
        AssertIdentical(single, partitioned);
        AssertIdentical(single, reversedRun);
    }

    [Fact]
    public void Run_MedianOnly_EqualsHandComputation_ForTwoBuildings()
    {
        var table = HazusFragilityTable.Default;
        var rates = CasualtyRates.Default;
        var urm = ScenarioFragilityClass.From(table.Resolve("URML", CodeLevel.Pre), rates);
        var rc = ScenarioFragilityClass.From(table.Resolve("C1L", CodeLevel.Moderate), rates);
        var inputs = new ScenarioInputs(
            [500_000.0, 504_000.0], [2_500_000.0, 2_500_000.0], [300.0, 500.0], [0, 1], [20.0, 200.0], [30.0, 5.0],
            [30.0, 0.0], [0, 1], [0, 0], [urm, rc], ["north", "south"], ["only street"]);
        var definition = new ScenarioDefinition(
            new RuptureParameters(6.0, HypocentreDepthKm: 10), 500_000, 2_497_000, Realizations: 3, MedianOnly: true, Night: true);

        var result = ScenarioRunner.Run(definition, inputs);
        var ground = ScenarioGroundMotion.Prepare(definition, inputs);

        for (var b = 0; b < 2; b++)
        {
            var cls = inputs.Classes[b];
            var pga = Math.Exp(ground.LnMedianPga[ground.Grid.BuildingCell[b]]);
            var p = cls.Curves.Evaluate(pga);
            var casualties = rates.Expected(cls.Curves.HazusType, p, inputs.OccupantsNight[b]);
            var displaced = inputs.Residents[b] * (p.Extensive + 0.1 * (p.Moderate - p.Extensive));

            result.Buildings.MedianPgaG[b].Should().BeApproximately(pga, 1e-12);
            result.Buildings.Extensive[b].Should().BeApproximately(p.Extensive, 1e-7);
            result.Buildings.Collapse[b].Should().BeApproximately(p.Collapse, 1e-7);
            result.Buildings.Severity1[b].Should().BeApproximately(casualties.Severity1, 1e-6);
            result.Buildings.Severity4[b].Should().BeApproximately(casualties.Severity4, 1e-6);
            result.Buildings.Displaced[b].Should().BeApproximately(displaced, 1e-6);
            var community = result.Communities[b];
            community.Collapsed.Mean.Should().BeApproximately(p.Collapse, 1e-7);
            community.Collapsed.P5.Should().BeApproximately(p.Collapse, 1e-7);
            community.Collapsed.P95.Should().BeApproximately(p.Collapse, 1e-7);
            community.Displaced.P50.Should().BeApproximately(displaced, 1e-6);
        }

        result.Buildings.Collapse[0].Should().BeGreaterThan(result.Buildings.Collapse[1], "unreinforced masonry is weaker");
        result.Streets[0].AtLeastExtensive.Mean.Should().BeApproximately(result.Buildings.Extensive[0] + result.Buildings.Extensive[1], 1e-7);
        result.District.Severity2.Mean.Should().BeApproximately(result.Buildings.Severity2[0] + result.Buildings.Severity2[1], 1e-6);
    }

    [Fact]
    public void Run_CountsDaytimeOccupants_WhenNotNight()
    {
        var inputs = Synthetic(40, 11);
        var day = ScenarioRunner.Run(Definition(realizations: 2, seed: 1, medianOnly: true), inputs);
        var night = ScenarioRunner.Run(Definition(realizations: 2, seed: 1, medianOnly: true) with { Night = true }, inputs);

        day.District.Severity1.Mean.Should().NotBe(night.District.Severity1.Mean);
        day.District.Displaced.Mean.Should().BeApproximately(night.District.Displaced.Mean, 1e-9, "displacement counts residents at any hour");
    }

    [Fact]
    public void Displaced_GrowsWithTheModerateShare()
    {
        var inputs = Synthetic(40, 11);
        var none = ScenarioRunner.Run(Definition(realizations: 1, seed: 1, medianOnly: true) with { ModerateDisplacedShare = 0 }, inputs);
        var all = ScenarioRunner.Run(Definition(realizations: 1, seed: 1, medianOnly: true) with { ModerateDisplacedShare = 1 }, inputs);

        var expectedNone = 0.0;
        var expectedAll = 0.0;
        for (var b = 0; b < inputs.Count; b++)
        {
            expectedNone += inputs.Residents[b] * none.Buildings.Extensive[b];
            expectedAll += inputs.Residents[b] * all.Buildings.Moderate[b];
        }

        none.District.Displaced.Mean.Should().BeApproximately(expectedNone, 1e-4);
        all.District.Displaced.Mean.Should().BeApproximately(expectedAll, 1e-4);
    }

    [Fact]
    public void Percentiles_InterpolateLinearlyBetweenOrderStatistics()
    {
        var samples = new double[20];
        for (var i = 0; i < 20; i++)
        {
            samples[i] = 20 - i;
        }

        var s = ScenarioStatistic.From(samples);

        // numpy.percentile(range(1, 21), [5, 50, 95]) = 1.95, 10.5, 19.05.
        s.Mean.Should().BeApproximately(10.5, 1e-12);
        s.P5.Should().BeApproximately(1.95, 1e-12);
        s.P50.Should().BeApproximately(10.5, 1e-12);
        s.P95.Should().BeApproximately(19.05, 1e-12);
    }

    [Fact]
    public void Run_RejectsOverlappingPartitions()
    {
        var inputs = Synthetic(10, 1);
        var definition = Definition(realizations: 2, seed: 1, medianOnly: true);
        ScenarioPartition[] partitions = [new(0, 2, 0, 6), new(0, 2, 5, 10)];

        var act = () => ScenarioRunner.Run(definition, inputs, partitions);

        act.Should().Throw<ArgumentException>().WithMessage("*overlap*");
    }

    [Theory]
    [InlineData(double.NaN, 10.0, 10, "bssa14", "*epicentre*")]
    [InlineData(113.3, -1.0, 10, "bssa14", "*depth*")]
    [InlineData(113.3, 10.0, 0, "bssa14", "*realizations*")]
    [InlineData(113.3, 10.0, 10, "nosuchmodel", "*nosuchmodel*")]
    public void Validate_NamesTheBadField(double lon, double depth, int realizations, string model, string pattern)
    {
        var definition = new ScenarioDefinition(
            new RuptureParameters(6.0, HypocentreDepthKm: depth, EpicentreLonDeg: lon, EpicentreLatDeg: 23.1), 0, 0, model, realizations);

        definition.Validate().Should().Match(pattern);
    }

    [Fact]
    public void Validate_RefusesTotalSigmaModel_UnlessMedianOnly()
    {
        var definition = Definition(realizations: 2, seed: 1) with { ModelName = "yu2013-eastern" };

        definition.Validate().Should().Contain("total sigma");
        (definition with { MedianOnly = true }).Validate().Should().BeNull();
    }

    private static ScenarioDefinition Definition(int realizations, ulong seed, bool medianOnly = false) =>
        new(new RuptureParameters(6.5, HypocentreDepthKm: 12, EpicentreLonDeg: 113.3, EpicentreLatDeg: 23.1),
            501_000, 2_499_000, "bssa14", realizations, seed, MedianOnly: medianOnly);

    private static ScenarioInputs Synthetic(int n, int seed)
    {
        var random = new Random(seed);
        var classes = ClassKeys.Select(k => ScenarioFragilityClass.From(HazusFragilityTable.Default.Resolve(k.Type, k.Level), CasualtyRates.Default)).ToArray();
        var x = new double[n];
        var y = new double[n];
        var vs30 = new double[n];
        var cls = new int[n];
        var day = new double[n];
        var night = new double[n];
        var residents = new double[n];
        var community = new int[n];
        var street = new int[n];
        for (var i = 0; i < n; i++)
        {
            x[i] = 500_000 + random.NextDouble() * 2_000;
            y[i] = 2_500_000 + random.NextDouble() * 2_000;
            vs30[i] = 200 + random.NextDouble() * 400;
            cls[i] = random.Next(classes.Length);
            day[i] = random.Next(0, 80);
            night[i] = random.Next(0, 40);
            residents[i] = night[i];
            community[i] = random.Next(5);
            street[i] = community[i] / 3;
        }

        return new ScenarioInputs(x, y, vs30, cls, day, night, residents, community, street, classes,
            ["c0", "c1", "c2", "c3", "c4"], ["s0", "s1"]);
    }

    private static void AssertIdentical(ScenarioResult a, ScenarioResult b)
    {
        var x = a.Buildings;
        var y = b.Buildings;
        foreach (var (p, q) in new[]
        {
            (x.Slight, y.Slight), (x.Moderate, y.Moderate), (x.Extensive, y.Extensive), (x.Complete, y.Complete),
            (x.Collapse, y.Collapse), (x.Severity1, y.Severity1), (x.Severity2, y.Severity2), (x.Severity3, y.Severity3),
            (x.Severity4, y.Severity4), (x.Displaced, y.Displaced), (x.MedianPgaG, y.MedianPgaG),
        })
        {
            p.Select(BitConverter.DoubleToInt64Bits).Should().Equal(q.Select(BitConverter.DoubleToInt64Bits));
        }

        a.Communities.Should().Equal(b.Communities);
        a.Streets.Should().Equal(b.Streets);
        a.District.Should().Be(b.District);
    }
}
