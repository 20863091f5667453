using Seismic.Drills.Plans;

namespace Seismic.Drills.Reports;

/// <summary>An inject of the MSEL, planned against observed.</summary>
/// <param name="InjectId">The inject.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="PlannedAt">T0 + offset.</param>
/// <param name="FirstSentAt">When its first message was accepted, or null when none was.</param>
/// <param name="Messages">Its messages (suppressed excluded).</param>
/// <param name="ExpectedAction">The expected action.</param>
/// <param name="ExpectedWithin">The expected time, or null.</param>
/// <param name="ObservedWithin">The observed time for the expectation (alarm: 90th-percentile time to answer), or null.</param>
/// <param name="SentOnTime">First message within the send tolerance of the plan; null when nothing was sent.</param>
/// <param name="Met">Expectation met (alarm: observed ≤ expected; other injects: sent on time); null when not observable.</param>
public sealed record InjectObservation(
    string InjectId,
    InjectKind Kind,
    DateTimeOffset PlannedAt,
    DateTimeOffset? FirstSentAt,
    int Messages,
    string ExpectedAction,
    TimeSpan? ExpectedWithin,
    TimeSpan? ObservedWithin,
    bool? SentOnTime,
    bool? Met);
