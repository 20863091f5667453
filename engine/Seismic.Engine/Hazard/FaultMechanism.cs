namespace Seismic.Engine.Hazard;

/// <summary>Style of faulting, as ground-motion models classify it.</summary>
public enum FaultMechanism
{
    /// <summary>Not known: models use their "unspecified" coefficients (BSSA14 e0).</summary>
    Unspecified,

    /// <summary>Strike-slip: rake within 30° of horizontal.</summary>
    StrikeSlip,

    /// <summary>Normal: rake between −150° and −30°.</summary>
    Normal,

    /// <summary>Reverse or thrust: rake between 30° and 150°.</summary>
    Reverse,
}
