namespace Seismic.Engine.Buildings;

/// <summary>Degree of a structural irregularity seen by the surveyor.</summary>
public enum Irregularity
{
    /// <summary>Regular.</summary>
    None,
    /// <summary>Noticeable (setbacks, a weak storey, a stepped elevation).</summary>
    Moderate,
    /// <summary>Severe (large setbacks, discontinuous walls or columns).</summary>
    Severe,
}
