namespace Seismic.Engine.Routing.Assignment;

/// <summary>Why persons are left without a shelter place.</summary>
public enum UnservedReason
{
    /// <summary>No shelter lies in the building's network component (or the building is off the network).</summary>
    Unreachable,

    /// <summary>Every shelter the building can reach is full.</summary>
    SheltersFull,

    /// <summary>Its k nearest shelters are full, while a farther reachable shelter still has room (raise k).</summary>
    BeyondK,
}
