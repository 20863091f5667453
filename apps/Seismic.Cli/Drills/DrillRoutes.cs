using Seismic.Drills.Plans;
using Seismic.Engine.District;
using Seismic.Engine.Routing.Assignment;
using Seismic.GeoData.Evacuation;
using Seismic.GeoData.Routing;

namespace Seismic.Cli.Drills;

/// <summary>Each target building's shelter and walk for a drill, from the capacitated evacuation plan.</summary>
internal static class DrillRoutes
{
    /// <summary>
    /// Solves the district's evacuation plan (day or night occupancy) and keeps the buildings of the target communities;
    /// a building split between shelters is listed with the shelter that takes most of its people.
    /// </summary>
    public static IReadOnlyList<BuildingRoute> FromEvacuationPlan(DistrictModel model, string path, bool night, IReadOnlyCollection<string> communityCodes)
    {
        var network = PedestrianNetwork.FromDistrict(model, null, path);
        var (plan, _) = EvacuationProblem.Solve(model, network, night, ShelterAssignmentOptions.Default.NearestShelters, Path.GetFileName(path));
        var names = model.Communities.ToDictionary(c => c.Code, c => c.Name, StringComparer.Ordinal);
        var main = new Dictionary<int, AllocationPart>();
        foreach (var part in plan.Parts)
        {
            if (!main.TryGetValue(part.Building, out var known) || part.Persons > known.Persons)
            {
                main[part.Building] = part;
            }
        }

        var routes = new List<BuildingRoute>();
        for (var b = 0; b < model.Buildings.Count; b++)
        {
            var building = model.Buildings[b];
            if (!communityCodes.Contains(building.CommunityCode))
            {
                continue;
            }

            var community = names.GetValueOrDefault(building.CommunityCode, building.CommunityCode);
            if (main.TryGetValue(b, out var part))
            {
                var shelter = plan.Problem.Shelters[part.Shelter];
                routes.Add(new BuildingRoute(building.Id, community, shelter.Id, shelter.Name, part.WalkSeconds, part.DistanceM));
            }
            else
            {
                routes.Add(new BuildingRoute(building.Id, community, null, null, double.NaN, double.NaN));
            }
        }

        return routes;
    }

    /// <summary>Resolves community names or codes to the district's communities.</summary>
    public static IReadOnlyList<Community> Resolve(DistrictModel model, IReadOnlyList<string> given, string source)
    {
        var found = new List<Community>();
        foreach (var name in given)
        {
            var community = model.Communities.FirstOrDefault(c => c.Name == name || c.Code == name || string.Equals(c.NameEn, name, StringComparison.OrdinalIgnoreCase))
                            ?? throw new Infrastructure.UsageException(
                                $"{source}: community '{name}' is not in the district (e.g. {string.Join(", ", model.Communities.Take(3).Select(c => c.Name))})");
            if (!found.Contains(community))
            {
                found.Add(community);
            }
        }

        return found;
    }
}
