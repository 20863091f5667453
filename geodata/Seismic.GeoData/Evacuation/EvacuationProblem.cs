using Seismic.Engine.District;
using Seismic.Engine.Routing;
using Seismic.Engine.Routing.Assignment;
using Seismic.GeoData.Routing;

namespace Seismic.GeoData.Evacuation;

/// <summary>Builds the capacitated shelter assignment of a district on its pedestrian network.</summary>
public static class EvacuationProblem
{
    /// <summary>
    /// The assignment problem of a district: every building's occupants (night or day case) and its k nearest shelters
    /// by walking time. A shelter with zero or missing capacity is bad input, not a shelter to skip: a plan that
    /// silently ignores a site would mislead, so the whole run stops and names it.
    /// </summary>
    /// <param name="model">The district.</param>
    /// <param name="network">Its pedestrian network.</param>
    /// <param name="night">Night case (OccupantsNight) instead of day (OccupantsDay).</param>
    /// <param name="nearestShelters">k, shelters considered per building.</param>
    /// <param name="source">District file name, for messages.</param>
    /// <exception cref="GeoDataException">No shelters, or a shelter without a positive capacity.</exception>
    public static ShelterAssignmentProblem Build(
        DistrictModel model, PedestrianNetwork network, bool night, int nearestShelters, string source)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(network);
        ValidateShelters(model.Shelters, source);
        var sites = new ShelterSite[model.Shelters.Count];
        for (var s = 0; s < sites.Length; s++)
        {
            sites[s] = ShelterSite.From(model.Shelters[s]);
        }

        var entrances = network.SnapShelters(model.Shelters);
        var locations = network.SnapBuildings(model.Buildings);
        var origins = new EvacueeOrigin[model.Buildings.Count];
        for (var b = 0; b < origins.Length; b++)
        {
            var building = model.Buildings[b];
            var persons = night ? building.OccupantsNight : building.OccupantsDay;
            if (persons < 0)
            {
                throw new GeoDataException(source, $"building {building.Id}", $"negative occupants ({persons})");
            }

            origins[b] = new EvacueeOrigin(building.Id, building.CommunityCode, persons, locations[b]);
        }

        return ShelterAssignmentProblem.FromNetwork(network.Graph, sites, entrances, origins, nearestShelters);
    }

    /// <summary>
    /// Builds and solves the capacitated assignment, widening k while it leaves persons without a place although
    /// shelters they can reach still have room (<see cref="UnservedReason.BeyondK"/>): k doubles, up to every shelter,
    /// until no such person is left. A plan that leaves places empty while people go without would mislead whoever
    /// acts on it; after an earthquake this happens when closed streets push the nearest shelters of whole
    /// neighbourhoods out of reach (on the Haizhu sample after the demo's Mw 6.0, k = 5 left 182,046 places empty and
    /// k = 10 fills them).
    /// </summary>
    /// <param name="model">The district.</param>
    /// <param name="network">Its pedestrian network.</param>
    /// <param name="night">Night case (OccupantsNight) instead of day (OccupantsDay).</param>
    /// <param name="nearestShelters">k to start with, ≥ 1.</param>
    /// <param name="source">District file name, for messages.</param>
    /// <param name="options">Assignment options (the radius penalty); null for the defaults.</param>
    /// <returns>The plan and the k it was solved with.</returns>
    /// <exception cref="GeoDataException">No shelters, or a shelter without a positive capacity.</exception>
    public static (ShelterAssignment Plan, int NearestShelters) Solve(
        DistrictModel model, PedestrianNetwork network, bool night, int nearestShelters, string source, ShelterAssignmentOptions? options = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(nearestShelters, 1);
        var k = nearestShelters;
        while (true)
        {
            var plan = ShelterAssigner.Solve(Build(model, network, night, k, source), options);
            var left = false;
            foreach (var part in plan.Unserved)
            {
                left |= part.Reason == UnservedReason.BeyondK && part.Persons > 0;
            }

            if (!left || k >= model.Shelters.Count)
            {
                return (plan, k);
            }

            k = Math.Min(model.Shelters.Count, 2 * k);
        }
    }

    /// <summary>Every shelter needs a positive capacity; the message names the first and counts the rest.</summary>
    /// <param name="shelters">The shelters.</param>
    /// <param name="source">District file name, for messages.</param>
    public static void ValidateShelters(IReadOnlyList<Shelter> shelters, string source)
    {
        ArgumentNullException.ThrowIfNull(shelters);
        if (shelters.Count == 0)
        {
            throw new GeoDataException(source, "shelters", "the district has no shelters to assign anyone to");
        }

        var bad = new List<string>();
        foreach (var shelter in shelters)
        {
            if (shelter.CapacityPersons <= 0)
            {
                bad.Add(shelter.Id);
            }
        }

        if (bad.Count > 0)
        {
            var more = bad.Count > 1 ? $" (and {bad.Count - 1} more: {string.Join(", ", bad.Skip(1).Take(10))})" : string.Empty;
            throw new GeoDataException(source, $"shelter {bad[0]}{more}",
                "zero or missing capacity_persons: give every shelter its capacity (usable area / 1.5 m² per person) or remove it");
        }
    }
}
