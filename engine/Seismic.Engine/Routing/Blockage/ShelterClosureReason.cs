namespace Seismic.Engine.Routing.Blockage;

/// <summary>Why a shelter is removed from the plan.</summary>
public enum ShelterClosureReason
{
    /// <summary>Kept.</summary>
    None,

    /// <summary>Within the debris reach of a collapse-prone building.</summary>
    Debris,

    /// <summary>Closed by given inputs.</summary>
    Given,
}
