using Microsoft.Extensions.DependencyInjection;
using Seismic.Drills.Hangfire;
using Seismic.Drills.Plans;

namespace Seismic.Cli.Drills;

/// <summary>Registers a planned drill's injects with the scheduler that <c>seismic worker</c> runs.</summary>
internal static class DrillScheduling
{
    /// <summary>
    /// The job storage that belongs to the session's stores: <c>scheduler.sqlite</c> beside the drills SQLite file, or
    /// the schema "hangfire" of the same PostgreSQL database (shared by every worker).
    /// </summary>
    public static SchedulerStorage StorageOf(DrillsSession session)
    {
        if (session.PostgresConnection is { } postgres)
        {
            return SchedulerStorage.Postgres(postgres, "hangfire");
        }

        var directory = Path.GetDirectoryName(session.SqlitePath!) ?? ".";
        return SchedulerStorage.Sqlite(Path.Combine(directory, SchedulerStorage.DefaultFileName));
    }

    /// <summary>Schedules the plan's injects as delayed jobs (idempotent) and says what was scheduled.</summary>
    public static string Schedule(DrillsSession session, DrillPlan plan)
    {
        var services = new ServiceCollection();
        services.AddSeismicDrillsScheduler(new DrillSchedulerOptions { Storage = StorageOf(session), WorkerCount = 1 });
        using var provider = services.BuildServiceProvider();
        var result = provider.GetRequiredService<DrillSchedule>().Schedule(plan);
        return result.RecurringJobId is { } recurring
            ? $"recurring job {recurring} registered; 'seismic worker' with the same --drills-db/--postgres runs it"
            : $"{result.Jobs.Count} jobs scheduled ({plan.Injects.Count} events); 'seismic worker' with the same --drills-db/--postgres sends them at their times";
    }
}
