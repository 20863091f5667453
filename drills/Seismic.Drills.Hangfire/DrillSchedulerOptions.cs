namespace Seismic.Drills.Hangfire;

/// <summary>How the drill scheduler stores its jobs and runs them.</summary>
public sealed class DrillSchedulerOptions
{
    /// <summary>The queue every drill job goes to: <c>drills</c>.</summary>
    public const string DrillQueue = "drills";

    /// <summary>The recurring "process the outbox" safety net's id.</summary>
    public const string SafetyNetJobId = "seismic:process-outbox";

    /// <summary>Where jobs live; SQLite by default (set it: there is no implicit path).</summary>
    public required SchedulerStorage Storage { get; init; }

    /// <summary>Worker threads of one server (1 to 100); sending is I/O-bound, so more than the core count is fine.</summary>
    public int WorkerCount { get; init; } = Math.Clamp(Environment.ProcessorCount * 2, 2, 20);

    /// <summary>Queues a server takes jobs from, in priority order; must include <see cref="DrillQueue"/>.</summary>
    public IReadOnlyList<string> Queues { get; init; } = [DrillQueue, "default"];

    /// <summary>How often a server looks for enqueued jobs (Hangfire's default is 15 s; drills want about 1 s).</summary>
    public TimeSpan QueuePollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How often due scheduled jobs are enqueued (Hangfire's default is 15 s).</summary>
    public TimeSpan SchedulePollingInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The time zone of recurring trainings' cron expressions and of the safety net: Asia/Shanghai.</summary>
    public string TimeZoneId { get; init; } = "Asia/Shanghai";

    /// <summary>Cron of the safety net that processes every due outbox row (every minute by default).</summary>
    public string SafetyNetCron { get; init; } = "* * * * *";

    /// <summary>A name for the server in the dashboard (host name and process id when null).</summary>
    public string? ServerName { get; init; }
}
