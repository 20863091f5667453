namespace Seismic.Engine.Routing.Blockage;

/// <summary>What the damage changed in the evacuation plan.</summary>
/// <param name="Buildings">Buildings whose plan changed, in building order.</param>
/// <param name="RemovedShelterIds">Shelters of the undamaged plan missing from the damage-aware plan.</param>
/// <param name="Overloaded">Shelters whose nearest-shelter demand exceeds their capacity after the damage and grew with it
/// (people turned away from closed streets and shelters now head there first).</param>
/// <param name="NewlyUnservedPersons">Persons without a place who had one in the undamaged plan.</param>
/// <param name="UnservedBefore">Persons unserved in the undamaged plan.</param>
/// <param name="UnservedAfter">Persons unserved in the damage-aware plan.</param>
/// <param name="LongestNewWalk">The changed building with the longest walk after the damage (null when none).</param>
public sealed record PlanChanges(
    IReadOnlyList<BuildingChange> Buildings,
    IReadOnlyList<string> RemovedShelterIds,
    IReadOnlyList<ShelterOverload> Overloaded,
    long NewlyUnservedPersons,
    long UnservedBefore,
    long UnservedAfter,
    BuildingChange? LongestNewWalk)
{
    /// <summary>Buildings sent along a different route or to a different shelter (still served).</summary>
    public int Rerouted => Count(BuildingChangeKind.Rerouted) + Count(BuildingChangeKind.Reassigned);

    /// <summary>Buildings of one kind of change.</summary>
    /// <param name="kind">The kind.</param>
    public int Count(BuildingChangeKind kind)
    {
        var count = 0;
        foreach (var change in Buildings)
        {
            count += change.Kind == kind ? 1 : 0;
        }

        return count;
    }
}
