using Hangfire;
using Hangfire.InMemory;
using Seismic.Drills.Hangfire;
using Seismic.Drills.Plans;

namespace Seismic.Drills.Storage.Tests.Scheduler;

/// <summary>A recurring training's firing becomes a one-off occurrence in the drill store, whose injects then run.</summary>
public sealed class RecurringTrainingTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "seismic-recurring-" + Guid.NewGuid().ToString("N"));
    private readonly InMemoryStorage _storage = new();
    private readonly RecordingOperations _operations = new();
    private readonly DrillsStorage _drills;
    private readonly SchedulerHost _host;

    public RecurringTrainingTests()
    {
        _drills = DrillsStorage.OpenSqlite(Path.Combine(_folder, "drills.sqlite"));
        _host = new SchedulerHost(SchedulerStorage.Use(_storage), _operations, _drills);
    }

    public void Dispose()
    {
        _host.Dispose();
        _storage.Dispose();
        _drills.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Firing_SavesTheOccurrenceAndRunsItsInjectsFromT0On()
    {
        DrillPlan training = Plans.Drill("T-weekly", DateTimeOffset.UtcNow, TimeSpan.Zero, cron: "0 9 * * 6");
        await _drills.Drills.SaveAsync(training);
        DrillScheduleResult registered = _host.Schedule.Schedule(training);
        _host.Server.Start();

        new RecurringJobManager(_storage).Trigger(registered.RecurringJobId!);

        await Eventually.Until(
            () => _operations.Calls.Any(c => c.StartsWith("dispatch T-weekly@", StringComparison.Ordinal) && c.EndsWith("/allclear", StringComparison.Ordinal)),
            TimeSpan.FromSeconds(90),
            () => string.Join(", ", _operations.Calls));
        DrillPlan occurrence = (await _drills.Drills.ListAsync()).Single(p => p.Id != "T-weekly");
        occurrence.Id.Should().MatchRegex(@"^T-weekly@\d{8}-\d{4}$");
        occurrence.Cron.Should().BeNull();
        occurrence.Injects.Select(i => i.Id).Should().Equal("alarm", "allclear");
        _operations.Calls.Should().NotContain(c => c.EndsWith("/announce", StringComparison.Ordinal));
        _operations.Calls.Should().Contain($"dispatch {occurrence.Id}/alarm");
    }

    [Fact]
    public void Occurrence_IsNamedByItsLocalStartInShanghai()
    {
        DrillPlan training = Plans.Drill("T1", DateTimeOffset.UtcNow, TimeSpan.Zero, cron: "0 9 * * 6");
        var t0 = new DateTimeOffset(2026, 12, 5, 1, 0, 0, TimeSpan.Zero);

        DrillPlan occurrence = Seismic.Drills.Hangfire.Jobs.RecurringTrainingJob.Occurrence(
            training, t0, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));

        occurrence.Id.Should().Be("T1@20261205-0900");
        occurrence.StartsAt.Should().Be(t0);
    }
}
