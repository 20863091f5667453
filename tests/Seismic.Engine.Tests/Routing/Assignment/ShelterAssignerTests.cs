using Seismic.Engine.District;
using Seismic.Engine.Routing.Assignment;

namespace Seismic.Engine.Tests.Routing.Assignment;

/// <summary>Hand-made assignment problems with known optimal plans.</summary>
public sealed class ShelterAssignerTests
{
    private static ShelterSite Site(string id, int capacity, double radiusM = 10_000, ShelterCategory category = ShelterCategory.Fixed) =>
        new(id, id, category, capacity, radiusM);

    private static AssignmentDemand Demand(string id, int persons, params (int Shelter, double Seconds)[] candidates) =>
        new(id, "C1", persons, 0, [.. candidates.Select(c => new ShelterCandidate(c.Shelter, c.Seconds * 1.1, c.Seconds))]);

    private static ShelterAssignmentProblem Problem(ShelterSite[] shelters, params AssignmentDemand[] demands) =>
        new(shelters, [.. shelters.Select(_ => 0)], demands);

    [Fact]
    public void Solve_SendsToSecondNearest_WhenNearestCapacityBinds()
    {
        // A is nearest to both buildings but holds only 10; b2 loses least by going to B (60 − 50 < 100 − 20).
        var problem = Problem(
            [Site("A", 10), Site("B", 100)],
            Demand("b1", 10, (0, 20), (1, 100)),
            Demand("b2", 10, (0, 50), (1, 60)));

        var result = ShelterAssigner.Solve(problem);

        result.Parts.Should().BeEquivalentTo(new[]
        {
            new AllocationPart(0, 0, 10, 22, 20, false),
            new AllocationPart(1, 1, 10, 66, 60, false),
        }, o => o.Using<double>(c => c.Subject.Should().BeApproximately(c.Expectation, 1e-9)).WhenTypeIs<double>());
        result.ShelterLoads.Should().Equal(10, 10);
        result.UnservedPersons.Should().Be(0);
        result.TotalWalkSeconds.Should().BeApproximately((10 * 20) + (10 * 60), 1e-9);
    }

    [Fact]
    public void Solve_SplitsLargeBuilding_BetweenTwoShelters()
    {
        var problem = Problem([Site("A", 300), Site("B", 500)], Demand("tower", 700, (0, 30), (1, 90)));

        var result = ShelterAssigner.Solve(problem);

        result.Parts.Select(p => (p.Shelter, p.Persons)).Should().Equal((0, 300), (1, 400));
        result.ServedPersons.Should().Be(700);
        result.ShelterLoads.Should().Equal(300, 400);
    }

    [Fact]
    public void Solve_PrefersFartherShelterWithinRadius_OverNearerOneBeyondIts()
    {
        // The immediate shelter is 600 m away, beyond its 500 m radius; the fixed one is 900 m away, within 3 km.
        var shelters = new[]
        {
            Site("immediate", 100, ServiceRadius.ImmediateM, ShelterCategory.Immediate),
            Site("fixed", 100, ServiceRadius.FixedM, ShelterCategory.Fixed),
        };
        var demand = new AssignmentDemand("b", "C1", 5, 0,
            [new ShelterCandidate(0, 600, 600 / 1.1), new ShelterCandidate(1, 900, 900 / 1.1)]);
        var problem = Problem(shelters, demand);

        var penalised = ShelterAssigner.Solve(problem);
        var plain = ShelterAssigner.Solve(problem, new ShelterAssignmentOptions { PenaliseOverRadius = false });

        penalised.Parts.Should().ContainSingle().Which.Shelter.Should().Be(1);
        penalised.OverRadiusPersons.Should().Be(0);
        plain.Parts.Should().ContainSingle().Which.Shelter.Should().Be(0);
        plain.OverRadiusPersons.Should().Be(5);
    }

    [Fact]
    public void Solve_UsesOverRadiusShelter_WhenNothingWithinRadiusHasRoom()
    {
        var shelters = new[] { Site("near", 3, 500, ShelterCategory.Immediate), Site("far", 100, 500, ShelterCategory.Immediate) };
        var demand = new AssignmentDemand("b", "C1", 5, 0,
            [new ShelterCandidate(0, 400, 400 / 1.1), new ShelterCandidate(1, 800, 800 / 1.1)]);

        var result = ShelterAssigner.Solve(Problem(shelters, demand));

        result.Parts.Select(p => (p.Shelter, p.Persons, p.OverRadius)).Should().Equal((0, 3, false), (1, 2, true));
        result.OverRadiusPersons.Should().Be(2);
        result.Communities.Should().ContainSingle().Which.Shortfall.Should().Be(2);
    }

    [Fact]
    public void Solve_ReportsUnreachableAndFullAndBeyondK_WithCommunityShortfall()
    {
        var shelters = new[] { Site("A", 4), Site("B", 50) };
        var demands = new[]
        {
            new AssignmentDemand("island", "C1", 7, 3, []),
            new AssignmentDemand("crowd", "C2", 10, 0, [new ShelterCandidate(0, 100, 90)]),
        };
        var problem = new ShelterAssignmentProblem(shelters, [0, 0], demands);

        var result = ShelterAssigner.Solve(problem);

        result.Unserved.Should().Equal(
            new UnservedPart(0, 7, UnservedReason.Unreachable),
            new UnservedPart(1, 6, UnservedReason.BeyondK));
        result.ServedPersons.Should().Be(4);
        result.Communities.Select(c => (c.CommunityCode, c.Persons, c.Served, c.Unserved, c.Shortfall))
            .Should().Equal(("C1", 7L, 0L, 7L, 7L), ("C2", 10L, 4L, 6L, 6L));

        var full = ShelterAssigner.Solve(new ShelterAssignmentProblem(shelters, [0, 1], demands));
        full.Unserved[1].Reason.Should().Be(UnservedReason.SheltersFull, "B lies in another component");
    }

    [Fact]
    public void Solve_CountsBeyondK_OnlyUpToTheFreePlacesLeft()
    {
        // Only A is among the crowd's candidates; B has 2 free places, so 2 of the 6 unserved are "beyond k".
        var shelters = new[] { Site("A", 4), Site("B", 2) };
        var demands = new[] { new AssignmentDemand("crowd", "C1", 10, 0, [new ShelterCandidate(0, 100, 90)]) };

        var result = ShelterAssigner.Solve(new ShelterAssignmentProblem(shelters, [0, 0], demands));

        result.Unserved.Should().Equal(
            new UnservedPart(0, 2, UnservedReason.BeyondK),
            new UnservedPart(0, 4, UnservedReason.SheltersFull));
        result.Communities.Should().ContainSingle().Which.Should().Be(new CommunityTotals("C1", 10, 4, 0, 0, 4, 2));
    }

    [Fact]
    public void Solve_Throws_WhenShelterHasNoCapacity()
    {
        var problem = Problem([Site("S-07", 0)], Demand("b", 1, (0, 10)));

        var act = () => ShelterAssigner.Solve(problem);

        act.Should().Throw<ArgumentException>().WithMessage("*S-07*");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Solve_MatchesBruteForceOptimum_OnTinyRandomInstance(int seed)
    {
        var random = new Random(seed);
        var shelters = new[] { Site("A", random.Next(1, 5)), Site("B", random.Next(1, 5)) };
        var demands = new AssignmentDemand[3];
        for (var b = 0; b < demands.Length; b++)
        {
            demands[b] = Demand($"b{b}", random.Next(0, 4), (0, random.Next(1, 60)), (1, random.Next(1, 60)));
        }

        var result = ShelterAssigner.Solve(Problem(shelters, demands));
        var (bestUnserved, bestSeconds) = BruteForce(shelters, demands);

        result.UnservedPersons.Should().Be(bestUnserved);
        result.TotalWalkSeconds.Should().BeApproximately(bestSeconds, 1e-9);
        result.ShelterLoads[0].Should().BeLessThanOrEqualTo(shelters[0].CapacityPersons);
        result.ShelterLoads[1].Should().BeLessThanOrEqualTo(shelters[1].CapacityPersons);
    }

    /// <summary>Every split of every building between A, B and unserved: fewest unserved, then least walking time.</summary>
    private static (long Unserved, double Seconds) BruteForce(ShelterSite[] shelters, AssignmentDemand[] demands)
    {
        var best = (Unserved: long.MaxValue, Seconds: double.MaxValue);
        void Visit(int b, int loadA, int loadB, long unserved, double seconds)
        {
            if (loadA > shelters[0].CapacityPersons || loadB > shelters[1].CapacityPersons)
            {
                return;
            }

            if (b == demands.Length)
            {
                if (unserved < best.Unserved || (unserved == best.Unserved && seconds < best.Seconds))
                {
                    best = (unserved, seconds);
                }

                return;
            }

            var d = demands[b];
            for (var a = 0; a <= d.Persons; a++)
            {
                for (var o = 0; a + o <= d.Persons; o++)
                {
                    Visit(b + 1, loadA + a, loadB + o, unserved + (d.Persons - a - o),
                        seconds + (a * d.Candidates[0].WalkSeconds) + (o * d.Candidates[1].WalkSeconds));
                }
            }
        }

        Visit(0, 0, 0, 0, 0);
        return best;
    }
}
