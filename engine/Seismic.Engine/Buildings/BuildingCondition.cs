namespace Seismic.Engine.Buildings;

/// <summary>Observed condition of the structure (cracks, corrosion, settlement, unapproved alterations).</summary>
public enum BuildingCondition
{
    /// <summary>No visible structural defects.</summary>
    Good,
    /// <summary>Minor cracks or corrosion, no structural consequence visible.</summary>
    Fair,
    /// <summary>Structural cracks, corroded reinforcement, settlement or load-bearing alterations.</summary>
    Poor,
    /// <summary>Appraised or evidently dangerous (危房).</summary>
    Dangerous,
}
