namespace Seismic.Drills.Plans;

/// <summary>A planned drill or training: who, when, what it rehearses, its timed injects and objectives.</summary>
/// <param name="Id">Stable id (e.g. <c>D2026-0001</c>).</param>
/// <param name="Title">Title shown to coordinators and in messages.</param>
/// <param name="Kind">Evacuation drill, training or radio exercise.</param>
/// <param name="Communities">Target communities (names as in the district model).</param>
/// <param name="StartsAt">T0 as an instant; shown in Asia/Shanghai.</param>
/// <param name="Scenario">The earthquake scenario it rehearses (e.g. "Mw 6.0, 15 km SE, night"), free text.</param>
/// <param name="Cron">For recurring trainings: a cron expression in Asia/Shanghai; null for a one-off.</param>
/// <param name="Injects">The master scenario events list, ordered by offset.</param>
/// <param name="Objectives">SMART objectives (HSEEP), e.g. "90 % of volunteers acknowledge within 15 minutes".</param>
/// <param name="EscalateAfter">A volunteer who has not acknowledged the alarm within this time is escalated.</param>
/// <param name="Routes">Each target building's shelter and route from the evacuation plan.</param>
public sealed record DrillPlan(
    string Id,
    string Title,
    DrillKind Kind,
    IReadOnlyList<string> Communities,
    DateTimeOffset StartsAt,
    string Scenario,
    string? Cron,
    IReadOnlyList<DrillInject> Injects,
    IReadOnlyList<string> Objectives,
    TimeSpan EscalateAfter,
    IReadOnlyList<BuildingRoute> Routes);
