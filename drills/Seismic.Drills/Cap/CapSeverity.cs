namespace Seismic.Drills.Cap;

/// <summary>CAP 1.2 <c>severity</c> (§3.2.2).</summary>
public enum CapSeverity
{
    /// <summary>Extraordinary threat to life or property.</summary>
    Extreme,

    /// <summary>Significant threat to life or property.</summary>
    Severe,

    /// <summary>Possible threat to life or property.</summary>
    Moderate,

    /// <summary>Minimal to no known threat to life or property.</summary>
    Minor,

    /// <summary>Not known.</summary>
    Unknown,
}
