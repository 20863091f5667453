namespace Seismic.Engine.Routing.Blockage;

/// <summary>One building whose plan changed. Shelter, distance and time are those of its largest share.</summary>
/// <param name="BuildingId">Building id.</param>
/// <param name="CommunityCode">Community code.</param>
/// <param name="Persons">Occupants of the building.</param>
/// <param name="Kind">How it changed.</param>
/// <param name="ShelterBefore">Shelter id in the undamaged plan (empty when unserved).</param>
/// <param name="ShelterAfter">Shelter id in the damage-aware plan (empty when unserved).</param>
/// <param name="DistanceBeforeM">Walk before, metres (NaN when unserved).</param>
/// <param name="DistanceAfterM">Walk after, metres (NaN when unserved).</param>
/// <param name="WalkBeforeS">Walking time before, seconds (NaN when unserved).</param>
/// <param name="WalkAfterS">Walking time after, seconds (NaN when unserved).</param>
/// <param name="UnservedBefore">Persons unserved before.</param>
/// <param name="UnservedAfter">Persons unserved after.</param>
public sealed record BuildingChange(
    string BuildingId,
    string CommunityCode,
    int Persons,
    BuildingChangeKind Kind,
    string ShelterBefore,
    string ShelterAfter,
    double DistanceBeforeM,
    double DistanceAfterM,
    double WalkBeforeS,
    double WalkAfterS,
    int UnservedBefore,
    int UnservedAfter);
