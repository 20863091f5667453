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
            new ShelterSite("S1", "Park, east gate", ShelterCategory.Immediate, 30, 500) { AccessPoints = 3, SnapDistanceM = 0 },
            new ShelterSite("S2", "School", ShelterCategory.Fixed, 100, 3000) { AccessPoints = 1, SnapDistanceM = 140.25 },
        };
        var demands = new[]
        {
            new AssignmentDemand("B1", "C1", 50, 0, [new ShelterCandidate(0, 200, 180), new ShelterCandidate(1, 900, 820)])
            {
                SnapDistanceM = 12.34,
            },
            new AssignmentDemand("B2", "C2", 4, 7, []) { SnapDistanceM = 130 },
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
    public void NetworkAccess_TakesNearestRankPercentiles_AndListsShelterWithoutAccessFirst()
    {
        // Snap distances 1, 2, …, 200 m: median (rank 100) 100 m, 95th percentile (rank 190) 190 m, 100 above 100 m.
        var demands = Enumerable.Range(1, 200)
            .Select(i => new AssignmentDemand($"B{i:000}", "C", 1, 0, []) { SnapDistanceM = 201 - i })
            .Append(new AssignmentDemand("OFF", "C", 1, -1, []))
            .ToArray();
        var shelters = new[]
        {
            new ShelterSite("NEAR", "near", ShelterCategory.Fixed, 10, 3000) { AccessPoints = 2, SnapDistanceM = 5 },
            new ShelterSite("FAR", "far", ShelterCategory.Fixed, 10, 3000) { AccessPoints = 1, SnapDistanceM = 250 },
            new ShelterSite("NONE", "none", ShelterCategory.Fixed, 10, 3000),
        };

        var access = NetworkAccessSummary.Of(new ShelterAssignmentProblem(shelters, [0, 0, -1], demands));

        access.Buildings.Should().Be(200);
        access.MedianM.Should().Be(100);
        access.Percentile95M.Should().Be(190);
        access.MaxM.Should().Be(200);
        access.FarthestBuildingId.Should().Be("B001");
        access.BuildingsFar.Should().Be(100);
        access.SheltersFar.Select(s => s.Id).Should().Equal("NONE", "FAR");
    }

    [Fact]
    public void Write_ShowsSplitBuilding_UnservedReasons_AndSummary()
    {
        EvacuationOutput.Write(_dir, Solve(), night: true, "district.gpkg");

        var plan = File.ReadAllLines(Path.Combine(_dir, "plan.csv"));
        plan.Should().Equal(
            "building_id,shelter_id,shelter_name,persons,distance_m,walk_s,snap_m,over_radius,unserved_reason",
            "B1,S1,\"Park, east gate\",30,200.0,180.0,12.3,false,",
            "B1,S2,School,20,900.0,820.0,12.3,false,",
            "B2,,,4,,,130.0,,unreachable",
            "B3,,,6,,,,,unreachable");
        File.ReadAllLines(Path.Combine(_dir, "shelters.csv")).Should().Contain("S1,\"Park, east gate\",Immediate,30,30,1.0000,500,3,0.0");
        File.ReadAllLines(Path.Combine(_dir, "communities.csv")).Should().Contain("C2,10,0,10,0,10,10,0,0");
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir, "summary.json")));
        var root = summary.RootElement;
        root.GetProperty("case").GetString().Should().Be("night");
        root.GetProperty("persons").GetInt64().Should().Be(60);
        root.GetProperty("served").GetInt64().Should().Be(50);
        root.GetProperty("split_buildings").GetInt32().Should().Be(1);
        root.GetProperty("unreachable_components")[0].GetProperty("component").GetInt32().Should().Be(7);
        var access = root.GetProperty("network_access");
        access.GetProperty("buildings").GetInt32().Should().Be(2, "B3 has no snap distance");
        access.GetProperty("max_snap_m").GetDouble().Should().Be(130);
        access.GetProperty("farthest_building").GetString().Should().Be("B2");
        access.GetProperty("buildings_far").GetInt32().Should().Be(1);
        access.GetProperty("shelters_far")[0].GetProperty("shelter_id").GetString().Should().Be("S2");
        access.GetProperty("shelters_far")[0].GetProperty("snap_m").GetDouble().Should().Be(140.3);
        Directory.GetFiles(_dir, "*.tmp").Should().BeEmpty();
    }
}
