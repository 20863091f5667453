namespace Seismic.Drills.Cap;

/// <summary>CAP 1.2 <c>status</c> (OASIS CAP 1.2 §3.2.1).</summary>
public enum CapStatus
{
    /// <summary>Actionable by all targeted recipients: a real alert.</summary>
    Actual,

    /// <summary>Only for designated participants of an exercise: every drill message.</summary>
    Exercise,

    /// <summary>A message supporting alert network internal functions.</summary>
    System,

    /// <summary>Technical testing only; all recipients disregard it.</summary>
    Test,

    /// <summary>A preliminary template or draft, not actionable.</summary>
    Draft,
}
