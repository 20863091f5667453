using System.Globalization;
using Hangfire;
using Hangfire.States;
using Hangfire.Storage;
using Seismic.Drills.Hangfire.Jobs;
using Seismic.Drills.Plans;

namespace Seismic.Drills.Hangfire;

/// <summary>
/// Registers drills with the scheduler. A one-off plan's injects become delayed jobs at T0 + offset and its
/// escalations jobs at alarm + N and alarm + 2N (N = <see cref="DrillPlan.EscalateAfter"/>); a plan with a cron
/// expression becomes a recurring job in Asia/Shanghai. Registration is idempotent: the job ids of each drill are kept
/// in a hash in the job storage, under a distributed lock, so registering the same plan again (from any process) keeps
/// the existing jobs, and registering a changed plan moves only what changed.
/// </summary>
public sealed class DrillSchedule
{
    private static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(30);

    private readonly JobStorage _storage;
    private readonly IBackgroundJobClient _client;
    private readonly IRecurringJobManager _recurring;
    private readonly DrillSchedulerOptions _options;

    internal DrillSchedule(JobStorage storage, IBackgroundJobClient client, IRecurringJobManager recurring, DrillSchedulerOptions options)
    {
        _storage = storage;
        _client = client;
        _recurring = recurring;
        _options = options;
    }

    /// <summary>The recurring job id of a recurring plan: <c>seismic:drill:{drillId}</c>.</summary>
    /// <param name="drillId">The plan.</param>
    /// <returns>The id.</returns>
    public static string RecurringJobIdOf(string drillId) => "seismic:drill:" + drillId;

    /// <summary>Registers (or re-registers) a plan. Injects whose time has passed run at once.</summary>
    /// <param name="plan">The plan (already saved in the drill store: the jobs carry only its id).</param>
    /// <returns>The jobs in place after the call.</returns>
    public DrillScheduleResult Schedule(DrillPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        using IStorageConnection connection = _storage.GetConnection();
        using IDisposable distributedLock = connection.AcquireDistributedLock("seismic:drill-schedule:" + plan.Id, LockTimeout);
        string hashKey = HashKeyOf(plan.Id);
        Dictionary<string, string> stored = connection.GetAllEntriesFromHash(hashKey) ?? [];
        var wanted = plan.Cron is null ? Wanted(plan) : [];
        var jobs = new List<ScheduledJob>(wanted.Count);
        var removed = new List<string>();
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);

        foreach (KeyValuePair<string, string> old in stored)
        {
            (string oldJobId, DateTimeOffset oldFireAt) = Parse(old.Value);
            if (!wanted.TryGetValue(old.Key, out DateTimeOffset fireAt) || fireAt != oldFireAt)
            {
                // Only a job still waiting is withdrawn; one that already ran stays in the history.
                _client.ChangeState(oldJobId, new DeletedState(), ScheduledState.StateName);
                removed.Add(old.Key);
            }
        }

        foreach ((string key, DateTimeOffset fireAt) in wanted)
        {
            if (stored.TryGetValue(key, out string? value) && Parse(value) is var (jobId, oldFireAt) && oldFireAt == fireAt)
            {
                jobs.Add(new ScheduledJob(key, jobId, fireAt, Created: false));
                entries[key] = value;
                continue;
            }

            string created = Create(plan.Id, key, fireAt);
            jobs.Add(new ScheduledJob(key, created, fireAt, Created: true));
            entries[key] = Format(created, fireAt);
        }

        using (IWriteOnlyTransaction transaction = connection.CreateWriteTransaction())
        {
            transaction.RemoveHash(hashKey);
            if (entries.Count > 0)
            {
                transaction.SetRangeInHash(hashKey, entries);
            }

            transaction.Commit();
        }

        string? recurringId = null;
        if (plan.Cron is not null)
        {
            recurringId = RecurringJobIdOf(plan.Id);
            _recurring.AddOrUpdate<RecurringTrainingJob>(
                recurringId,
                job => job.RunAsync(plan.Id, null, CancellationToken.None),
                plan.Cron,
                new RecurringJobOptions { TimeZone = TimeZoneInfo.FindSystemTimeZoneById(_options.TimeZoneId) });
        }
        else
        {
            _recurring.RemoveIfExists(RecurringJobIdOf(plan.Id));
        }

        jobs.Sort(static (a, b) => a.FireAt.CompareTo(b.FireAt));
        return new DrillScheduleResult(plan.Id, jobs, recurringId, removed);
    }

    /// <summary>Withdraws every waiting job and the recurring job of a drill (jobs already run stay in the history).</summary>
    /// <param name="drillId">The drill.</param>
    /// <returns>The number of waiting jobs withdrawn.</returns>
    public int Cancel(string drillId)
    {
        ArgumentException.ThrowIfNullOrEmpty(drillId);
        using IStorageConnection connection = _storage.GetConnection();
        using IDisposable distributedLock = connection.AcquireDistributedLock("seismic:drill-schedule:" + drillId, LockTimeout);
        string hashKey = HashKeyOf(drillId);
        int withdrawn = 0;
        foreach (string value in (connection.GetAllEntriesFromHash(hashKey) ?? []).Values)
        {
            if (_client.ChangeState(Parse(value).JobId, new DeletedState(), ScheduledState.StateName))
            {
                withdrawn++;
            }
        }

        using (IWriteOnlyTransaction transaction = connection.CreateWriteTransaction())
        {
            transaction.RemoveHash(hashKey);
            transaction.Commit();
        }

        _recurring.RemoveIfExists(RecurringJobIdOf(drillId));
        return withdrawn;
    }

    /// <summary>Enqueues "send inject X of drill D" to run at once (e.g. <c>seismic drill run</c>, a real alert).</summary>
    /// <param name="drillId">The drill or alert.</param>
    /// <param name="injectId">The inject.</param>
    /// <returns>The job id.</returns>
    public string DispatchNow(string drillId, string injectId) =>
        _client.Enqueue<DispatchInjectJob>(job => job.RunAsync(drillId, injectId, CancellationToken.None));

    /// <summary>Enqueues "process the outbox" to run at once.</summary>
    /// <param name="dispatchId">Only this dispatch; null for every due row.</param>
    /// <returns>The job id.</returns>
    public string ProcessOutboxNow(string? dispatchId) =>
        _client.Enqueue<ProcessOutboxJob>(job => job.RunAsync(dispatchId, CancellationToken.None));

    /// <summary>Registers (idempotently) the recurring safety net that processes every due outbox row each minute.</summary>
    public void EnsureSafetyNet() =>
        _recurring.AddOrUpdate<ProcessOutboxJob>(
            DrillSchedulerOptions.SafetyNetJobId,
            job => job.RunAsync(null, CancellationToken.None),
            _options.SafetyNetCron,
            new RecurringJobOptions { TimeZone = TimeZoneInfo.FindSystemTimeZoneById(_options.TimeZoneId) });

    /// <summary>The jobs a drill's schedule holds (for <c>drill show</c> and tests).</summary>
    /// <param name="drillId">The drill.</param>
    /// <returns>Key, job id and time of each, ordered by time.</returns>
    public IReadOnlyList<ScheduledJob> JobsOf(string drillId)
    {
        using IStorageConnection connection = _storage.GetConnection();
        var jobs = new List<ScheduledJob>();
        foreach (KeyValuePair<string, string> entry in connection.GetAllEntriesFromHash(HashKeyOf(drillId)) ?? [])
        {
            (string jobId, DateTimeOffset fireAt) = Parse(entry.Value);
            jobs.Add(new ScheduledJob(entry.Key, jobId, fireAt, Created: false));
        }

        jobs.Sort(static (a, b) => a.FireAt.CompareTo(b.FireAt));
        return jobs;
    }

    private static Dictionary<string, DateTimeOffset> Wanted(DrillPlan plan)
    {
        var wanted = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        DateTimeOffset? alarm = null;
        foreach (DrillInject inject in plan.Injects)
        {
            // A plan's escalation injects are the escalate:1 and escalate:2 jobs below; scheduling them as injects too
            // would run each level twice (harmless, being idempotent, but every job should have one reason to exist).
            if (inject.Kind == InjectKind.Escalation)
            {
                continue;
            }

            DateTimeOffset at = WholeMilliseconds(plan.StartsAt + inject.Offset);
            wanted["inject:" + inject.Id] = at;
            if (inject.Kind == InjectKind.Alarm && (alarm is null || at < alarm))
            {
                alarm = at;
            }
        }

        // Escalation only follows an alarm that asks for acknowledgement.
        if (alarm is { } t && plan.EscalateAfter > TimeSpan.Zero)
        {
            wanted["escalate:1"] = t + plan.EscalateAfter;
            wanted["escalate:2"] = t + plan.EscalateAfter + plan.EscalateAfter;
        }

        return wanted;
    }

    private string Create(string drillId, string key, DateTimeOffset fireAt)
    {
        if (key.StartsWith("inject:", StringComparison.Ordinal))
        {
            string injectId = key["inject:".Length..];
            return _client.Schedule<DispatchInjectJob>(job => job.RunAsync(drillId, injectId, CancellationToken.None), fireAt);
        }

        int level = int.Parse(key["escalate:".Length..], CultureInfo.InvariantCulture);
        return _client.Schedule<EscalationJob>(job => job.RunAsync(drillId, level, CancellationToken.None), fireAt);
    }

    // The hash keeps milliseconds; comparing at that precision keeps a re-registration from looking like a change.
    private static DateTimeOffset WholeMilliseconds(DateTimeOffset value) =>
        DateTimeOffset.FromUnixTimeMilliseconds(value.ToUnixTimeMilliseconds());

    private static string HashKeyOf(string drillId) => "seismic:drill-jobs:" + drillId;

    private static string Format(string jobId, DateTimeOffset fireAt) =>
        jobId + "|" + fireAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);

    private static (string JobId, DateTimeOffset FireAt) Parse(string value)
    {
        int bar = value.LastIndexOf('|');
        return (value[..bar], DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(value[(bar + 1)..], CultureInfo.InvariantCulture)));
    }
}
