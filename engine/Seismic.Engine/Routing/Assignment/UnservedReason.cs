namespace Seismic.Engine.Routing.Assignment;

/// <summary>Why persons are left without a shelter place.</summary>
public enum UnservedReason
{
    /// <summary>No shelter lies in the building's network component (or the building is off the network).</summary>
    Unreachable,

    /// <summary>Every shelter the building can reach is full.</summary>
    SheltersFull,

    /// <summary>
    /// Its k nearest shelters are full while farther shelters it can reach still have room (raise k); counted only up
    /// to the places left free in its network component.
    /// </summary>
    BeyondK,
}
