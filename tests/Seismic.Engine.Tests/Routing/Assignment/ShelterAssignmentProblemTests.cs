using Seismic.Engine.District;
using Seismic.Engine.Routing;
using Seismic.Engine.Routing.Assignment;

namespace Seismic.Engine.Tests.Routing.Assignment;

/// <summary>Building the k-nearest-shelter problem on a hand-drawn network.</summary>
public sealed class ShelterAssignmentProblemTests
{
    [Fact]
    public void FromNetwork_KeepsKNearestByWalk_CountingEveryEntrance_AndFlagsIsland()
    {
        // A 2 km street along y = 0 and a separate 100 m lane far north (its own component).
        var graph = TestGraphs.Build(new TestWay([0, 0, 1000, 0, 2000, 0]), new TestWay([0, 5000, 100, 5000]));
        var snapper = new EdgeSnapper(graph);
        var shelters = new[]
        {
            new ShelterSite("A", "A", ShelterCategory.Immediate, 100, 500),
            new ShelterSite("B", "B", ShelterCategory.Fixed, 100, 3000),
            new ShelterSite("C", "C", ShelterCategory.Fixed, 100, 3000),
        };
        var entrances = new[]
        {
            new RouteSource(snapper.Snap(100, 0), 0),
            new RouteSource(snapper.Snap(1500, 0), 1),
            new RouteSource(snapper.Snap(1900, 0), 2),
            new RouteSource(snapper.Snap(400, 0), 2),
        };
        var origins = new[]
        {
            new EvacueeOrigin("street", "C1", 20, snapper.Snap(300, 10)),
            new EvacueeOrigin("island", "C2", 5, snapper.Snap(50, 5010)),
        };

        var problem = ShelterAssignmentProblem.FromNetwork(graph, shelters, entrances, origins, nearestShelters: 2);

        var street = problem.Demands[0];
        street.Candidates.Select(c => c.Shelter).Should().Equal(2, 0);
        street.Candidates[0].DistanceM.Should().BeApproximately(100 + 10, 1e-6, "C's west gate is 100 m along plus the 10 m snap leg");
        street.Candidates[1].DistanceM.Should().BeApproximately(200 + 10, 1e-6);
        street.Candidates[1].WalkSeconds.Should().BeApproximately(210 / WalkingProfile.DefaultSpeedMps, 1e-6);
        street.Component.Should().Be(problem.ShelterComponents[0]);
        street.SnapDistanceM.Should().BeApproximately(10, 1e-9);
        problem.Demands[1].SnapDistanceM.Should().BeApproximately(10, 1e-9);
        problem.Shelters.Select(s => s.AccessPoints).Should().Equal(1, 1, 2);
        problem.Shelters.Should().OnlyContain(s => s.SnapDistanceM == 0, "every gate lies on the street");
        problem.Demands[1].Candidates.Should().BeEmpty();
        problem.Demands[1].Component.Should().NotBe(problem.ShelterComponents[0]);

        var result = ShelterAssigner.Solve(problem);

        result.Parts.Should().ContainSingle().Which.Should().Be(new AllocationPart(0, 2, 20, street.Candidates[0].DistanceM, street.Candidates[0].WalkSeconds, false));
        result.Unserved.Should().Equal(new UnservedPart(1, 5, UnservedReason.Unreachable));
    }
}
