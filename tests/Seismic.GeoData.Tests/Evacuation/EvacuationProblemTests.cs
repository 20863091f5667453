using Seismic.Engine.District;
using Seismic.Engine.Routing.Assignment;
using Seismic.GeoData.Evacuation;
using Seismic.GeoData.Routing;
using Seismic.GeoData.Synthesis;

namespace Seismic.GeoData.Tests.Evacuation;

/// <summary>The district's capacitated plan on a synthesized 2,000-building district.</summary>
public sealed class EvacuationProblemTests
{
    private static readonly DistrictModel Model = DistrictSynthesizer.Synthesize(new SynthesisOptions(BuildingCount: 2_000, Seed: 11));

    private static long BeyondK(ShelterAssignment plan) => plan.Unserved.Where(u => u.Reason == UnservedReason.BeyondK).Sum(u => (long)u.Persons);

    [Fact]
    public void Solve_WidensK_UntilNoPlaceStaysEmptyWhilePeopleGoWithout()
    {
        var network = PedestrianNetwork.FromDistrict(Model);
        var narrow = ShelterAssigner.Solve(EvacuationProblem.Build(Model, network, night: true, nearestShelters: 1, "synth.gpkg"));
        BeyondK(narrow).Should().BePositive("with only the nearest shelter, the busy ones fill while others keep room");

        var (plan, k) = EvacuationProblem.Solve(Model, network, night: true, nearestShelters: 1, "synth.gpkg");

        k.Should().BeGreaterThan(1);
        BeyondK(plan).Should().Be(0);
        plan.ServedPersons.Should().BeGreaterThan(narrow.ServedPersons);
        var wider = ShelterAssigner.Solve(EvacuationProblem.Build(Model, network, night: true, Model.Shelters.Count, "synth.gpkg"));
        plan.ServedPersons.Should().Be(wider.ServedPersons, "every shelter considered places no one more");
    }
}
