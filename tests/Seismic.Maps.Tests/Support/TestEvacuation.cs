using NetTopologySuite.Geometries;
using Seismic.Engine.District;
using Seismic.Engine.Routing.Assignment;
using Seismic.Maps.Builders;

namespace Seismic.Maps.Tests.Support;

/// <summary>
/// A hand-made assignment on <see cref="TestDistrict"/>: buildings of column i walk (i + 1) × 2.5 minutes to the large
/// shelter, except column 9 which walks 2 minutes to the small shelter and where building B9-4 leaves 10 persons
/// unserved; the point building P1 has nobody inside.
/// </summary>
internal static class TestEvacuation
{
    public static ShelterAssignment Create(DistrictModel model)
    {
        var sites = model.Shelters.Select(ShelterSite.From).ToList();
        var demands = new List<AssignmentDemand>();
        var parts = new List<AllocationPart>();
        var unserved = new List<UnservedPart>();
        var loads = new int[sites.Count];
        for (var b = 0; b < model.Buildings.Count; b++)
        {
            var building = model.Buildings[b];
            var persons = building.OccupantsNight;
            var column = building.Id.StartsWith('B') ? building.Id[1] - '0' : -1;
            var shelter = column == 9 ? 1 : 0;
            var seconds = column == 9 ? 120 : (column + 1) * 150.0;
            demands.Add(new AssignmentDemand(building.Id, building.CommunityCode, persons, 0, [new ShelterCandidate(shelter, seconds * 1.1, seconds)]));
            if (persons == 0)
            {
                continue;
            }

            if (building.Id == "B9-4")
            {
                parts.Add(new AllocationPart(b, 1, persons - 10, seconds * 1.1, seconds, false));
                unserved.Add(new UnservedPart(b, 10, UnservedReason.SheltersFull));
                loads[1] += persons - 10;
            }
            else
            {
                parts.Add(new AllocationPart(b, shelter, persons, seconds * 1.1, seconds, false));
                loads[shelter] += persons;
            }
        }

        var problem = new ShelterAssignmentProblem(sites, [0, 0], demands);
        return new ShelterAssignment(problem, parts, unserved, loads, []);
    }

    /// <summary>Walk of building B2-0 along the primary road and the residential street to the big shelter's corner.</summary>
    public static LineString Route() => DistrictGeometry.Factory.CreateLineString(
    [
        new Coordinate(113.3238, 23.0822), new Coordinate(113.3238, 23.0800), new Coordinate(113.3200, 23.0800),
        new Coordinate(113.3110, 23.0800), new Coordinate(113.3110, 23.0770),
    ]);

    public static EmergencyCardFacts BuildingCard(DistrictModel model)
    {
        var building = model.Buildings.Single(b => b.Id == "B2-0");
        return new EmergencyCardFacts(building.Id, building.Footprint.Centroid)
        {
            Building = building,
            Community = model.Communities.Single(c => c.Code == building.CommunityCode),
            Street = model.Streets.Single(s => s.Code == building.StreetCode),
            Persons = building.OccupantsNight,
            Shelter = model.Shelters[0],
            Route = Route(),
            DistanceM = 1650,
            WalkSeconds = 1500,
            ElderlyWalkSeconds = 1500 * 1.1 / 0.8,
            ViaStreets = ["江南大道中", "青凤路"],
            Assembly = new CardAssemblyPoint(DistrictGeometry.Factory.CreatePoint(new Coordinate(113.3238, 23.0800)), "江南大道中路口", "First street junction on your route", 240),
            Night = true,
        };
    }
}
