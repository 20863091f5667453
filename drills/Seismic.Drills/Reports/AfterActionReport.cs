using Seismic.Drills.Plans;

namespace Seismic.Drills.Reports;

/// <summary>
/// The after-action report of a drill (HSEEP): delivery and acknowledgement figures, time to answer, escalations,
/// who needs help, per-community headcount, planned against observed injects, objectives met, and the improvement plan.
/// Built by <see cref="Build"/> from data only; <see cref="AfterActionHtmlWriter"/> and <see cref="AfterActionCsvWriter"/>
/// render it; the caller writes the files.
/// </summary>
/// <param name="DrillId">The drill.</param>
/// <param name="Title">Its title.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="StartsAt">T0.</param>
/// <param name="Scenario">The scenario rehearsed.</param>
/// <param name="GeneratedAt">When the report was made.</param>
/// <param name="District">Totals over all target communities.</param>
/// <param name="Communities">One row per target community (and per other community that received the alarm).</param>
/// <param name="EscalationMessages">Escalation messages sent.</param>
/// <param name="EscalationLevels">Escalation levels that went out (0, 1 or 2).</param>
/// <param name="NeedHelp">People who asked for help, earliest first.</param>
/// <param name="Injects">The MSEL, planned against observed.</param>
/// <param name="Objectives">Measured objectives.</param>
/// <param name="PlanObjectives">The plan's objectives as written.</param>
/// <param name="Improvements">The improvement plan.</param>
public sealed partial record AfterActionReport(
    string DrillId,
    string Title,
    DrillKind Kind,
    DateTimeOffset StartsAt,
    string Scenario,
    DateTimeOffset GeneratedAt,
    CommunityHeadcount District,
    IReadOnlyList<CommunityHeadcount> Communities,
    int EscalationMessages,
    int EscalationLevels,
    IReadOnlyList<NeedHelpEntry> NeedHelp,
    IReadOnlyList<InjectObservation> Injects,
    IReadOnlyList<ObjectiveResult> Objectives,
    IReadOnlyList<string> PlanObjectives,
    IReadOnlyList<ImprovementItem> Improvements);
