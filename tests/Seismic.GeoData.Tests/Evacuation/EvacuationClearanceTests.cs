using Seismic.Engine.District;
using Seismic.Engine.Routing.Assignment;
using Seismic.Engine.Routing.Flow;
using Seismic.GeoData.Evacuation;
using Seismic.GeoData.Routing;
using Seismic.GeoData.Synthesis;

namespace Seismic.GeoData.Tests.Evacuation;

/// <summary>Clearance with congestion of a capacitated plan on a synthesized 2,000-building district.</summary>
public sealed class EvacuationClearanceTests
{
    private static readonly DistrictModel Model = DistrictSynthesizer.Synthesize(new SynthesisOptions(BuildingCount: 2_000, Seed: 11));

    private static (ShelterAssignment Plan, PedestrianNetwork Network) NightPlan()
    {
        var network = PedestrianNetwork.FromDistrict(Model);
        var problem = EvacuationProblem.Build(Model, network, night: true, nearestShelters: 5, "synth.gpkg");
        return (ShelterAssigner.Solve(problem), network);
    }

    [Fact]
    public void Plan_MovesExactlyThePlannedPersons_EachToTheShelterThePlanGaveThem()
    {
        var (plan, network) = NightPlan();

        var report = EvacuationClearance.Plan(plan, Model.Buildings, Model.Shelters, Model.Roads, network, night: true);

        var schedule = report.Schedule;
        schedule.EvacuatedPersons.Should().Be(plan.ServedPersons);
        schedule.UnservedPersons.Should().Be(0);
        for (var s = 0; s < plan.Problem.Shelters.Count; s++)
        {
            var index = Model.Shelters.ToList().FindIndex(x => x.Id == plan.Problem.Shelters[s].Id);
            schedule.SinkLoads[index].Should().Be(plan.ShelterLoads[s], $"shelter {plan.Problem.Shelters[s].Id}");
        }

        report.UnplannedPersons.Should().Be(Model.Buildings.Sum(b => (long)b.OccupantsNight) - plan.ServedPersons);
        report.Communities.Sum(c => c.Persons).Should().Be(Model.Buildings.Sum(b => (long)b.OccupantsNight));
        report.Communities.Sum(c => c.Evacuated).Should().Be(plan.ServedPersons);
    }

    [Fact]
    public void Plan_IsNoFasterThanTheLongestPlannedWalk()
    {
        // Queues only delay: the last evacuee arrives no earlier than the longest walk of the plan, give or take the
        // rounding of each street to whole steps and of each building's start to its group's mean walk.
        var (plan, network) = NightPlan();

        var report = EvacuationClearance.Plan(plan, Model.Buildings, Model.Shelters, Model.Roads, network, night: true);

        var longestWalk = plan.Parts.Max(p => p.WalkSeconds);
        report.ClearanceSeconds.Should().BeGreaterThanOrEqualTo(0.8 * longestWalk);
        report.Bottlenecks.Should().NotBeEmpty();
    }

    [Fact]
    public void Plan_NamesTheShelterABottleneckLeadsInto()
    {
        // Everyone converges on the shelter gates, so some of the congested edges end at one.
        var (plan, network) = NightPlan();

        var report = EvacuationClearance.Plan(plan, Model.Buildings, Model.Shelters, Model.Roads, network, night: true);

        var gates = report.Bottlenecks.Where(b => b.IntoShelter is not null).ToList();
        gates.Should().NotBeEmpty();
        gates.Select(b => b.IntoShelter).Should().OnlyContain(name => Model.Shelters.Any(s => s.Name == name));
        report.Bottlenecks.Count(b => b.IntoShelter is null).Should().BePositive("streets between intersections queue too");
    }

    [Fact]
    public void Plan_InStrictOrder_MovesTheSamePersons_AsWithTheDefaultTolerance()
    {
        var (plan, network) = NightPlan();

        var strict = EvacuationClearance.Plan(plan, Model.Buildings, Model.Shelters, Model.Roads, network, night: true, PedestrianFlowOptions.Default);
        var tolerant = EvacuationClearance.Plan(plan, Model.Buildings, Model.Shelters, Model.Roads, network, night: true);

        tolerant.Schedule.SinkLoads.Should().Equal(strict.Schedule.SinkLoads);
        tolerant.Schedule.Searches.Should().BeLessThan(strict.Schedule.Searches);
    }
}
