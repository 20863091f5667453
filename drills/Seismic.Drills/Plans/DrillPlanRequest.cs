namespace Seismic.Drills.Plans;

/// <summary>What a coordinator asks for when planning a drill (<c>seismic drill plan</c>).</summary>
/// <param name="Id">Plan id (e.g. <c>D2026-0001</c>).</param>
/// <param name="Title">Title shown in messages.</param>
/// <param name="Kind">Evacuation drill, training or radio exercise.</param>
/// <param name="Communities">Target communities.</param>
/// <param name="LocalStart">T0 as Asia/Shanghai wall-clock time; null for a recurring training starting at its next
/// cron occurrence.</param>
/// <param name="Scenario">The earthquake scenario rehearsed (free text).</param>
/// <param name="Routes">Buildings' shelters and routes from the evacuation plan (any community; filtered to the targets).</param>
/// <param name="Cron">5-field cron in Asia/Shanghai for a recurring training; null for a one-off.</param>
public sealed record DrillPlanRequest(
    string Id,
    string Title,
    DrillKind Kind,
    IReadOnlyList<string> Communities,
    DateTime? LocalStart,
    string Scenario,
    IReadOnlyList<BuildingRoute> Routes,
    string? Cron = null)
{
    /// <summary>Escalate a volunteer who has not acknowledged the alarm after this long (level 2 after twice it).</summary>
    public TimeSpan EscalateAfter { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Time from T0 to the all clear.</summary>
    public TimeSpan AllClearAfter { get; init; } = TimeSpan.FromMinutes(60);

    /// <summary>How long recipients have to acknowledge the alarm.</summary>
    public TimeSpan AcknowledgeWithin { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Added to the longest route's walking time for the arrival objective (gathering, stairs, the elderly).</summary>
    public TimeSpan ArrivalMargin { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Target share of volunteers who acknowledge within <see cref="AcknowledgeWithin"/> (0–1).</summary>
    public double AckRateObjective { get; init; } = 0.9;

    /// <summary>Send the T−7 d announcement.</summary>
    public bool Announce { get; init; } = true;

    /// <summary>Send the T−1 d reminder.</summary>
    public bool Remind { get; init; } = true;

    /// <summary>
    /// Keep the announcement and reminder even when their time is already past (a drill run at once: they go out
    /// immediately, just before the alarm). By default such injects are left out with a warning.
    /// </summary>
    public bool KeepPastEarlyInjects { get; init; }
}
