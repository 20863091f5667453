namespace Seismic.Engine.Routing.Blockage;

/// <summary>How a building's evacuation changed between the undamaged and the damage-aware plan.</summary>
public enum BuildingChangeKind
{
    /// <summary>Same shelters and persons, but a different (longer or shorter) walk: a detour.</summary>
    Rerouted,

    /// <summary>Sent to a different shelter (or split differently).</summary>
    Reassigned,

    /// <summary>More of its occupants are left without a place than before.</summary>
    NewlyUnserved,
}
