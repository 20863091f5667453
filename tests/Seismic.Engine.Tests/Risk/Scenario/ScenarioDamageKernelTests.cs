using Seismic.Engine.Buildings;
using Seismic.Engine.Hazard;
using Seismic.Engine.Risk.Scenario;
using Seismic.Engine.Vulnerability;
using Seismic.Engine.Vulnerability.Scoring;

namespace Seismic.Engine.Tests.Risk.Scenario;

public sealed class ScenarioDamageKernelTests
{
    // Φ is within 1e-7 of MathNet; each stored value is rounded once to 2⁻²⁴ (6e-8).
    private const double ProbabilityTolerance = 1e-7 + 1.0 / ScenarioAccumulator.Scale;

    private static readonly (string Type, CodeLevel Level)[] ClassKeys =
    [
        ("URML", CodeLevel.Pre), ("URMM", CodeLevel.Low), ("C1L", CodeLevel.Low), ("C1M", CodeLevel.Moderate),
        ("C2H", CodeLevel.High), ("S1L", CodeLevel.Pre), ("W1", CodeLevel.High),
    ];

    [Fact]
    public void RunPartition_MatchesScalarMathNetReference_ForEveryBuildingAndRealization()
    {
        // 37 realizations: one full block of 32 and a short block whose last vector is partly padding.
        var inputs = Synthetic(300, 17);
        var definition = Definition(realizations: 37, seed: 9);
        var ground = ScenarioGroundMotion.Prepare(definition, inputs);

        var acc = ScenarioRunner.RunPartition(definition, inputs, ground, new ScenarioPartition(0, 37, 0, inputs.Count));

        var reference = Reference(definition, inputs, ground);
        var worstProbability = 0.0;
        var worstPeople = 0.0;
        for (var b = 0; b < inputs.Count; b++)
        {
            // People metrics scale with the building's population.
            var people = Math.Max(1.0, Math.Max(inputs.OccupantsDay[b], inputs.Residents[b]));
            for (var m = 0; m < ScenarioAccumulator.BuildingMetricCount; m++)
            {
                var i = b * ScenarioAccumulator.BuildingMetricCount + m;
                var error = Math.Abs(acc.BuildingSums[i] / ScenarioAccumulator.Scale - reference.BuildingSums[i]) / definition.Realizations;
                if (m < 5)
                {
                    worstProbability = Math.Max(worstProbability, error);
                }
                else
                {
                    worstPeople = Math.Max(worstPeople, error / people);
                }
            }
        }

        worstProbability.Should().BeLessThanOrEqualTo(ProbabilityTolerance);
        worstPeople.Should().BeLessThanOrEqualTo(2 * ProbabilityTolerance);
        reference.BuildingSums.Should().Contain(v => v > 1, "the scenario must damage some buildings for the comparison to mean anything");
    }

    [Fact]
    public void RunPartition_CommunityAndStreetTotals_MatchScalarReferencePerRealization()
    {
        var inputs = Synthetic(300, 23);
        var definition = Definition(realizations: 6, seed: 3);
        var ground = ScenarioGroundMotion.Prepare(definition, inputs);

        var acc = ScenarioRunner.RunPartition(definition, inputs, ground, new ScenarioPartition(0, 6, 0, inputs.Count));

        var reference = Reference(definition, inputs, ground);
        var population = inputs.OccupantsDay.Sum() + inputs.Residents.Sum();
        for (var i = 0; i < acc.CommunityTotals.Length; i++)
        {
            (acc.CommunityTotals[i] / ScenarioAccumulator.Scale).Should().BeApproximately(
                reference.CommunityTotals[i], 2 * ProbabilityTolerance * population, $"community total {i}");
        }

        for (var i = 0; i < acc.StreetTotals.Length; i++)
        {
            (acc.StreetTotals[i] / ScenarioAccumulator.Scale).Should().BeApproximately(
                reference.StreetTotals[i], 2 * ProbabilityTolerance * population, $"street total {i}");
        }
    }

    [Fact]
    public void Run_PartitionsThatSplitVectorBlocks_EqualSinglePass_Exactly()
    {
        // 70 realizations: the default run uses blocks of 32 (+ a padded 6); these partitions cut at 23 and 46 and
        // split the buildings into three.
        var inputs = Synthetic(211, 5);
        var definition = Definition(realizations: 70, seed: 11);
        var ground = ScenarioGroundMotion.Prepare(definition, inputs);

        var single = ScenarioRunner.RunPartition(definition, inputs, ground, new ScenarioPartition(0, 70, 0, inputs.Count));
        var merged = new ScenarioAccumulator(0, inputs.Count, 70, single.CommunityCount, single.StreetCount);
        foreach (var partition in ScenarioPartition.Grid(inputs.Count, 70, 3, 3))
        {
            merged.Merge(ScenarioRunner.RunPartition(definition, inputs, ground, partition));
        }

        merged.BuildingSums.Should().Equal(single.BuildingSums);
        merged.CommunityTotals.Should().Equal(single.CommunityTotals);
        merged.StreetTotals.Should().Equal(single.StreetTotals);
    }

    // The damage loop written plainly per building and realization, with MathNet's Φ and no fixed point.
    private static (double[] BuildingSums, double[] CommunityTotals, double[] StreetTotals) Reference(
        ScenarioDefinition definition, ScenarioInputs inputs, ScenarioGroundMotion ground)
    {
        var metrics = ScenarioAccumulator.BuildingMetricCount;
        var areaMetrics = ScenarioAccumulator.AreaMetricCount;
        var communities = inputs.CommunityNames.Count;
        var streets = inputs.StreetNames.Count;
        var sums = new double[inputs.Count * metrics];
        var communityTotals = new double[definition.Realizations * communities * areaMetrics];
        var streetTotals = new double[definition.Realizations * streets * areaMetrics];
        var lnY = new double[ground.Grid.CellCount];
        var occupants = definition.Night ? inputs.OccupantsNight : inputs.OccupantsDay;
        var v = new double[metrics];
        for (var r = 0; r < definition.Realizations; r++)
        {
            Field(ground, r, lnY);
            for (var b = 0; b < inputs.Count; b++)
            {
                var cls = inputs.Classes[inputs.FragilityClass[b]];
                var pga = Math.Exp(lnY[ground.Grid.BuildingCell[b]]);
                var curves = cls.Curves;
                var slight = Exceedance(curves.Slight, pga);
                var moderate = Exceedance(curves.Moderate, pga);
                var extensive = Exceedance(curves.Extensive, pga);
                var complete = Exceedance(curves.Complete, pga);
                var collapse = complete * curves.CollapseFraction;
                double[] weights =
                [
                    Math.Max(0, slight - moderate), Math.Max(0, moderate - extensive), Math.Max(0, extensive - complete),
                    Math.Max(0, complete - collapse), collapse,
                ];
                v[0] = slight;
                v[1] = moderate;
                v[2] = extensive;
                v[3] = complete;
                v[4] = collapse;
                for (var k = 0; k < 4; k++)
                {
                    var perOccupant = 0.0;
                    for (var s = 0; s < 5; s++)
                    {
                        perOccupant += weights[s] * cls.CasualtyRates[s * 4 + k];
                    }

                    v[5 + k] = occupants[b] * perOccupant;
                }

                v[9] = inputs.Residents[b] * (extensive + definition.ModerateDisplacedShare * weights[1]);
                for (var m = 0; m < metrics; m++)
                {
                    sums[b * metrics + m] += v[m];
                }

                double[] area = [v[4], v[2], v[5], v[6], v[7], v[8], v[9]];
                for (var m = 0; m < areaMetrics; m++)
                {
                    communityTotals[(r * communities + inputs.Community[b]) * areaMetrics + m] += area[m];
                    streetTotals[(r * streets + inputs.Street[b]) * areaMetrics + m] += area[m];
                }
            }
        }

        return (sums, communityTotals, streetTotals);
    }

    private static double Exceedance(LognormalFragilityCurve curve, double pga) =>
        NormalCdfKernel.ReferenceNormalCdf(Math.Log(pga / curve.Median) / curve.Beta);

    private static void Field(ScenarioGroundMotion ground, int realization, double[] lnY) =>
        ground.Field(realization, lnY);

    // Strong shaking (Mw 7 close by) so every damage state and casualty severity is exercised.
    private static ScenarioDefinition Definition(int realizations, ulong seed) =>
        new(new RuptureParameters(7.0, HypocentreDepthKm: 8, EpicentreLonDeg: 113.3, EpicentreLatDeg: 23.1),
            501_000, 2_499_000, "bssa14", realizations, seed);

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
            x[i] = 500_000 + random.NextDouble() * 3_000;
            y[i] = 2_500_000 + random.NextDouble() * 3_000;
            vs30[i] = 180 + random.NextDouble() * 500;
            cls[i] = random.Next(classes.Length);
            day[i] = random.Next(0, 400);
            night[i] = random.Next(0, 60);
            residents[i] = night[i] + random.Next(0, 5);
            community[i] = random.Next(9);
            street[i] = community[i] / 4;
        }

        return new ScenarioInputs(x, y, vs30, cls, day, night, residents, community, street, classes,
            ["c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8"], ["s0", "s1", "s2"]);
    }
}
