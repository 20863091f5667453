using Seismic.Engine.Routing.Assignment;

namespace Seismic.Engine.Routing.Blockage;

/// <summary>
/// Compares the undamaged plan with the damage-aware plan of the same buildings (shelters matched by id, since
/// removed shelters leave the second problem): who walks a different way, who goes elsewhere, who loses a place,
/// which shelters are overwhelmed.
/// </summary>
public static class PlanComparison
{
    /// <summary>A walk that changes by less than this (metres) is the same walk: rounding, not a detour.</summary>
    public const double SameWalkToleranceM = 0.5;

    /// <summary>Compares two plans of the same buildings.</summary>
    /// <param name="before">The undamaged plan.</param>
    /// <param name="after">The damage-aware plan.</param>
    /// <exception cref="ArgumentException">The plans are not of the same buildings in the same order.</exception>
    public static PlanChanges Compare(ShelterAssignment before, ShelterAssignment after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var demands = before.Problem.Demands;
        var n = demands.Count;
        if (after.Problem.Demands.Count != n)
        {
            throw new ArgumentException("the plans are of different buildings", nameof(after));
        }

        for (var b = 0; b < n; b++)
        {
            if (!string.Equals(demands[b].BuildingId, after.Problem.Demands[b].BuildingId, StringComparison.Ordinal))
            {
                throw new ArgumentException($"building {b} differs: {demands[b].BuildingId} vs {after.Problem.Demands[b].BuildingId}", nameof(after));
            }
        }

        var partsBefore = ByBuilding(before.Parts, n);
        var partsAfter = ByBuilding(after.Parts, n);
        var unservedBefore = Unserved(before.Unserved, n);
        var unservedAfter = Unserved(after.Unserved, n);
        var changes = new List<BuildingChange>();
        long newlyUnserved = 0;
        BuildingChange? longest = null;
        for (var b = 0; b < n; b++)
        {
            var kind = Classify(before, after, partsBefore[b], partsAfter[b], unservedBefore[b], unservedAfter[b]);
            if (kind is null)
            {
                continue;
            }

            newlyUnserved += Math.Max(0, unservedAfter[b] - unservedBefore[b]);
            var main0 = Main(partsBefore[b]);
            var main1 = Main(partsAfter[b]);
            var change = new BuildingChange(
                demands[b].BuildingId, demands[b].CommunityCode, demands[b].Persons, kind.Value,
                main0 is { } p0 ? before.Problem.Shelters[p0.Shelter].Id : string.Empty,
                main1 is { } p1 ? after.Problem.Shelters[p1.Shelter].Id : string.Empty,
                main0?.DistanceM ?? double.NaN, main1?.DistanceM ?? double.NaN,
                main0?.WalkSeconds ?? double.NaN, main1?.WalkSeconds ?? double.NaN,
                unservedBefore[b], unservedAfter[b]);
            changes.Add(change);
            if (main1 is not null && (longest is null || change.DistanceAfterM > longest.DistanceAfterM))
            {
                longest = change;
            }
        }

        return new PlanChanges(
            changes, RemovedShelters(before, after), Overloads(before, after),
            newlyUnserved, before.UnservedPersons, after.UnservedPersons, longest);
    }

    private static BuildingChangeKind? Classify(
        ShelterAssignment before, ShelterAssignment after, List<AllocationPart> p0, List<AllocationPart> p1, int u0, int u1)
    {
        if (u1 > u0)
        {
            return BuildingChangeKind.NewlyUnserved;
        }

        var same = p0.Count == p1.Count;
        var detour = false;
        for (var i = 0; same && i < p0.Count; i++)
        {
            var match = p1.FindIndex(q => string.Equals(after.Problem.Shelters[q.Shelter].Id, before.Problem.Shelters[p0[i].Shelter].Id, StringComparison.Ordinal));
            if (match < 0 || p1[match].Persons != p0[i].Persons)
            {
                same = false;
            }
            else if (Math.Abs(p1[match].DistanceM - p0[i].DistanceM) > SameWalkToleranceM)
            {
                detour = true;
            }
        }

        if (!same)
        {
            return BuildingChangeKind.Reassigned;
        }

        return detour ? BuildingChangeKind.Rerouted : null;
    }

    private static AllocationPart? Main(List<AllocationPart> parts)
    {
        AllocationPart? main = null;
        foreach (var part in parts)
        {
            if (main is null || part.Persons > main.Value.Persons)
            {
                main = part;
            }
        }

        return main;
    }

    private static List<AllocationPart>[] ByBuilding(IReadOnlyList<AllocationPart> parts, int n)
    {
        var lists = new List<AllocationPart>[n];
        for (var b = 0; b < n; b++)
        {
            lists[b] = [];
        }

        foreach (var part in parts)
        {
            lists[part.Building].Add(part);
        }

        return lists;
    }

    private static int[] Unserved(IReadOnlyList<UnservedPart> parts, int n)
    {
        var unserved = new int[n];
        foreach (var part in parts)
        {
            unserved[part.Building] += part.Persons;
        }

        return unserved;
    }

    private static List<string> RemovedShelters(ShelterAssignment before, ShelterAssignment after)
    {
        var kept = new HashSet<string>(StringComparer.Ordinal);
        foreach (var shelter in after.Problem.Shelters)
        {
            kept.Add(shelter.Id);
        }

        var removed = new List<string>();
        foreach (var shelter in before.Problem.Shelters)
        {
            if (!kept.Contains(shelter.Id))
            {
                removed.Add(shelter.Id);
            }
        }

        return removed;
    }

    private static List<ShelterOverload> Overloads(ShelterAssignment before, ShelterAssignment after)
    {
        var demandBefore = NearestDemand(before);
        var demandAfter = NearestDemand(after);
        var list = new List<ShelterOverload>();
        for (var s = 0; s < after.Problem.Shelters.Count; s++)
        {
            var shelter = after.Problem.Shelters[s];
            var prior = demandBefore.GetValueOrDefault(shelter.Id);
            var now = demandAfter.GetValueOrDefault(shelter.Id);
            if (now > shelter.CapacityPersons && now > prior)
            {
                list.Add(new ShelterOverload(shelter.Id, shelter.CapacityPersons, now, prior, after.ShelterLoads[s]));
            }
        }

        return list;
    }

    // Persons whose nearest reachable shelter (first candidate) is each shelter.
    private static Dictionary<string, long> NearestDemand(ShelterAssignment plan)
    {
        var demand = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var d in plan.Problem.Demands)
        {
            if (d.Candidates.Count > 0)
            {
                var id = plan.Problem.Shelters[d.Candidates[0].Shelter].Id;
                demand[id] = demand.GetValueOrDefault(id) + d.Persons;
            }
        }

        return demand;
    }
}
