namespace Seismic.Engine.Buildings;

/// <summary>HAZUS seismic design level of a building (HAZUS-MH Technical Manual, chapter 5).</summary>
public enum CodeLevel
{
    /// <summary>High-code design.</summary>
    High,
    /// <summary>Moderate-code design.</summary>
    Moderate,
    /// <summary>Low-code design.</summary>
    Low,
    /// <summary>Pre-code: built without seismic design.</summary>
    Pre,
}
