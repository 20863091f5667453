namespace Seismic.Drills.Cap;

/// <summary>CAP 1.2 <c>certainty</c> (§3.2.2).</summary>
public enum CapCertainty
{
    /// <summary>Determined to have occurred or to be ongoing.</summary>
    Observed,

    /// <summary>Likely (p &gt; ~50 %).</summary>
    Likely,

    /// <summary>Possible but not likely (p ≤ ~50 %).</summary>
    Possible,

    /// <summary>Not expected to occur (p ~ 0).</summary>
    Unlikely,

    /// <summary>Not known.</summary>
    Unknown,
}
