namespace Seismic.Drills.Cap;

/// <summary>CAP 1.2 <c>urgency</c> (§3.2.2): how soon action is needed.</summary>
public enum CapUrgency
{
    /// <summary>Responsive action should be taken immediately.</summary>
    Immediate,

    /// <summary>Within the next hour.</summary>
    Expected,

    /// <summary>In the near future.</summary>
    Future,

    /// <summary>No longer required.</summary>
    Past,

    /// <summary>Not known.</summary>
    Unknown,
}
