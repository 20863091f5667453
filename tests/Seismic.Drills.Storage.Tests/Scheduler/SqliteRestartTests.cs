using Seismic.Drills.Hangfire;
using Seismic.Drills.Plans;

namespace Seismic.Drills.Storage.Tests.Scheduler;

/// <summary>The embedded default: jobs live in a SQLite file and outlive the server that registered them.</summary>
public sealed class SqliteRestartTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "seismic-hangfire-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // The scheduler's SQLite library may still hold the file for a moment; the temp folder is cleaned later.
        }
    }

    [Fact]
    public async Task ADrillScheduledBeforeARestart_RunsAfterIt()
    {
        string file = Path.Combine(_folder, SchedulerStorage.DefaultFileName);
        DrillPlan plan = Plans.Drill("D-restart", DateTimeOffset.UtcNow.AddSeconds(4), TimeSpan.Zero);
        var before = new RecordingOperations();
        using (var first = new SchedulerHost(SchedulerStorage.Sqlite(file), before))
        {
            first.Server.Start();
            first.Schedule.Schedule(plan).Jobs.Should().HaveCount(3);
        }

        var after = new RecordingOperations();
        using var second = new SchedulerHost(SchedulerStorage.Sqlite(file), after);
        second.Schedule.Schedule(plan).Jobs.Should().OnlyContain(j => !j.Created, "the registration survived in the file");
        second.Server.Start();

        await Eventually.Until(
            () => after.Calls.Contains("dispatch D-restart/allclear") && after.Calls.Contains("dispatch D-restart/alarm"),
            TimeSpan.FromSeconds(90),
            () => "after restart: " + string.Join(", ", after.Calls));
        before.Calls.Should().NotContain("dispatch D-restart/allclear");
    }
}
