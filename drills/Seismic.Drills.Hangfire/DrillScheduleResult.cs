namespace Seismic.Drills.Hangfire;

/// <summary>What registering a plan with the scheduler left in place.</summary>
/// <param name="DrillId">The plan.</param>
/// <param name="Jobs">One-off jobs (injects and escalations), ordered by time; empty for a recurring plan.</param>
/// <param name="RecurringJobId">The recurring job of a training with a cron expression, or null.</param>
/// <param name="Removed">Jobs of an earlier registration that no longer match the plan and were deleted.</param>
public sealed record DrillScheduleResult(
    string DrillId, IReadOnlyList<ScheduledJob> Jobs, string? RecurringJobId, IReadOnlyList<string> Removed);
