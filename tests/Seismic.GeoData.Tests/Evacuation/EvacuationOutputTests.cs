using System.Text.Json;
using Seismic.Engine.District;
using Seismic.Engine.Routing.Assignment;
using Seismic.GeoData.Evacuation;

namespace Seismic.GeoData.Tests.Evacuation;

/// <summary>The evacuation plan files, from a hand-made assignment with a split building and a shelterless component.</summary>
public sealed class EvacuationOutputTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "seismic-evac-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    private static ShelterAssignment Solve()
    {
        var shelters = new[]
        {
            new ShelterSite("S1", "Park, east gate", ShelterCategory.Immediate, 30, 500),
            new ShelterSite("S2", "School", ShelterCategory.Fixed, 100, 3000),
        };
        var demands = new[]
        {
            new AssignmentDemand("B1", "C1", 50, 0, [new ShelterCandidate(0, 200, 180), new ShelterCandidate(1, 900, 820)]),
            new AssignmentDemand("B2", "C2", 4, 7, []),
            new AssignmentDemand("B3", "C2", 6, 7, []),
        };
        return ShelterAssigner.Solve(new ShelterAssignmentProblem(shelters, [0, 0], demands));
    }

    [Fact]
    public void UnreachableComponents_GroupsShelterlessBuildingsByComponent()
    {
        var groups = EvacuationOutput.UnreachableComponents(Solve());

        groups.Should().ContainSingle();
        groups[0].Component.Should().Be(7);
        groups[0].Persons.Should().Be(10);
        groups[0].BuildingIds.Should().Equal("B2", "B3");
    }

    [Fact]
    public void Write_ShowsSplitBuilding_UnservedReasons_AndSummary()
    {
        EvacuationOutput.Write(_dir, Solve(), night: true, "district.gpkg");

        var plan = File.ReadAllLines(Path.Combine(_dir, "plan.csv"));
        plan.Should().Equal(
            "building_id,shelter_id,shelter_name,persons,distance_m,walk_s,over_radius,unserved_reason",
            "B1,S1,\"Park, east gate\",30,200.0,180.0,false,",
            "B1,S2,School,20,900.0,820.0,false,",
            "B2,,,4,,,,unreachable",
            "B3,,,6,,,,unreachable");
        File.ReadAllLines(Path.Combine(_dir, "shelters.csv")).Should().Contain("S1,\"Park, east gate\",Immediate,30,30,1.0000,500");
        File.ReadAllLines(Path.Combine(_dir, "communities.csv")).Should().Contain("C2,10,0,10,0,10,10,0,0");
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir, "summary.json")));
        var root = summary.RootElement;
        root.GetProperty("case").GetString().Should().Be("night");
        root.GetProperty("persons").GetInt64().Should().Be(60);
        root.GetProperty("served").GetInt64().Should().Be(50);
        root.GetProperty("split_buildings").GetInt32().Should().Be(1);
        root.GetProperty("unreachable_components")[0].GetProperty("component").GetInt32().Should().Be(7);
        Directory.GetFiles(_dir, "*.tmp").Should().BeEmpty();
    }
}
