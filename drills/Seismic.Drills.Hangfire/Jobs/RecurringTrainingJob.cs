using System.Globalization;
using Hangfire;
using Hangfire.Server;
using Seismic.Drills.Plans;

namespace Seismic.Drills.Hangfire.Jobs;

/// <summary>
/// One firing of a recurring training's cron: materialises the occurrence as a one-off drill
/// (<c>{planId}@{yyyyMMdd-HHmm}</c> in Asia/Shanghai, T0 = the firing time) and schedules its injects. The occurrence
/// id comes from the firing time Hangfire recorded, so a retried or repeated run schedules the same occurrence again,
/// which is a no-op.
/// </summary>
/// <param name="drills">The plan store.</param>
/// <param name="schedule">The schedule.</param>
/// <param name="options">The scheduler options (time zone).</param>
[Queue(DrillSchedulerOptions.DrillQueue)]
public sealed class RecurringTrainingJob(IDrillStore drills, DrillSchedule schedule, DrillSchedulerOptions options)
{
    /// <summary>Runs the job.</summary>
    /// <param name="drillId">The recurring plan.</param>
    /// <param name="context">Supplied by Hangfire (pass null when enqueuing).</param>
    /// <param name="cancellationToken">Server shutdown.</param>
    /// <returns>A task.</returns>
    [AutomaticRetry(Attempts = 10)]
    public async Task RunAsync(string drillId, PerformContext? context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        DrillPlan? plan = await drills.GetAsync(drillId, cancellationToken).ConfigureAwait(false);
        if (plan?.Cron is null)
        {
            return; // deleted, or no longer recurring: nothing to run
        }

        DateTimeOffset firedAt = FiringTime(context);
        DrillPlan occurrence = Occurrence(plan, firedAt, TimeZoneInfo.FindSystemTimeZoneById(options.TimeZoneId));
        await drills.SaveAsync(occurrence, cancellationToken).ConfigureAwait(false);
        schedule.Schedule(occurrence);
    }

    /// <summary>
    /// The occurrence of a recurring plan at <paramref name="t0"/>: same content, no cron, and only the injects at or
    /// after T0 (an announcement a week before a weekly training belongs to a planned one-off drill, not to each firing).
    /// </summary>
    internal static DrillPlan Occurrence(DrillPlan plan, DateTimeOffset t0, TimeZoneInfo zone)
    {
        DateTimeOffset local = TimeZoneInfo.ConvertTime(t0, zone);
        string id = plan.Id + "@" + local.ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture);
        var injects = new List<DrillInject>(plan.Injects.Count);
        foreach (DrillInject inject in plan.Injects)
        {
            if (inject.Offset >= TimeSpan.Zero)
            {
                injects.Add(inject);
            }
        }

        return plan with { Id = id, StartsAt = t0, Cron = null, Injects = injects };
    }

    private static DateTimeOffset FiringTime(PerformContext context)
    {
        // Hangfire records the scheduled firing as the "Time" parameter (Unix seconds) on jobs it triggers from a
        // recurring job; a manual trigger may lack it, then the creation time stands in. Minutes: cron's resolution.
        long? unix = context.GetJobParameter<long?>("Time");
        DateTime utc = unix is { } s ? DateTimeOffset.FromUnixTimeSeconds(s).UtcDateTime : context.BackgroundJob.CreatedAt;
        long ticks = utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMinute);
        return new DateTimeOffset(ticks, TimeSpan.Zero);
    }
}
