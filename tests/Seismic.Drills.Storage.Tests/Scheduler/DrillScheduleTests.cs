using Hangfire;
using Hangfire.InMemory;
using Hangfire.States;
using Hangfire.Storage;
using Seismic.Drills.Hangfire;
using Seismic.Drills.Plans;

namespace Seismic.Drills.Storage.Tests.Scheduler;

/// <summary>Registration and execution of drill jobs on Hangfire.InMemory.</summary>
public sealed class DrillScheduleTests : IDisposable
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(90);
    private readonly InMemoryStorage _storage = new();
    private readonly RecordingOperations _operations = new();
    private readonly SchedulerHost _host;

    public DrillScheduleTests() => _host = new SchedulerHost(SchedulerStorage.Use(_storage), _operations);

    public void Dispose()
    {
        _host.Dispose();
        _storage.Dispose();
    }

    [Fact]
    public async Task ScheduledInjectsAndEscalations_RunAtTheirTime()
    {
        DrillPlan plan = Plans.Drill("D-run", DateTimeOffset.UtcNow.AddSeconds(2), TimeSpan.FromSeconds(2));
        _host.Schedule.Schedule(plan);
        _host.Server.Start();

        string[] expected = ["dispatch D-run/announce", "dispatch D-run/alarm", "dispatch D-run/allclear", "escalate D-run 1", "escalate D-run 2"];
        await Eventually.Until(
            () => expected.All(_operations.Calls.Contains), Generous, () => "calls so far: " + string.Join(", ", _operations.Calls));
        _operations.Calls.Should().Contain(expected);
    }

    [Fact]
    public void Schedule_CreatesOneSetOfJobs_WhenTheSamePlanIsRegisteredTwice()
    {
        DrillPlan plan = Plans.Drill("D-twice", DateTimeOffset.UtcNow.AddHours(1), TimeSpan.FromMinutes(10));

        DrillScheduleResult first = _host.Schedule.Schedule(plan);
        DrillScheduleResult second = _host.Schedule.Schedule(plan with { Title = "renamed: content the jobs do not carry" });

        first.Jobs.Should().HaveCount(5).And.OnlyContain(j => j.Created);
        second.Jobs.Should().OnlyContain(j => !j.Created);
        second.Jobs.Select(j => j.JobId).Should().Equal(first.Jobs.Select(j => j.JobId));
        second.Removed.Should().BeEmpty();
        _storage.GetMonitoringApi().ScheduledCount().Should().Be(5);
        first.Jobs.Select(j => j.Key).Should().Equal("inject:announce", "inject:alarm", "inject:allclear", "escalate:1", "escalate:2");
        first.Jobs.Single(j => j.Key == "escalate:2").FireAt.Should()
            .BeCloseTo(plan.StartsAt.AddMinutes(20), TimeSpan.FromMilliseconds(1), "alarm at T0, escalations at T0+N and T0+2N (kept to the millisecond)");
    }

    [Fact]
    public void Schedule_MovesTheJobs_WhenThePlanMovesToAnotherTime()
    {
        DrillPlan plan = Plans.Drill("D-moved", DateTimeOffset.UtcNow.AddHours(1), TimeSpan.FromMinutes(10));
        DrillScheduleResult first = _host.Schedule.Schedule(plan);

        DrillScheduleResult moved = _host.Schedule.Schedule(plan with { StartsAt = plan.StartsAt.AddHours(2) });

        moved.Jobs.Should().HaveCount(5).And.OnlyContain(j => j.Created);
        moved.Removed.Should().HaveCount(5);
        _storage.GetMonitoringApi().ScheduledCount().Should().Be(5);
        using IStorageConnection connection = _storage.GetConnection();
        connection.GetStateData(first.Jobs[0].JobId).Name.Should().Be(DeletedState.StateName);
        _host.Schedule.JobsOf("D-moved").Select(j => j.JobId).Should().Equal(moved.Jobs.Select(j => j.JobId));
    }

    [Fact]
    public void Schedule_DropsTheJobOfARemovedInject_AndKeepsTheOthers()
    {
        DrillPlan plan = Plans.Drill("D-fewer", DateTimeOffset.UtcNow.AddHours(1), TimeSpan.Zero);
        _host.Schedule.Schedule(plan);

        DrillScheduleResult fewer = _host.Schedule.Schedule(plan with { Injects = [.. plan.Injects.Where(i => i.Id != "announce")] });

        fewer.Removed.Should().Equal("inject:announce");
        fewer.Jobs.Should().HaveCount(2).And.OnlyContain(j => !j.Created);
        _storage.GetMonitoringApi().ScheduledCount().Should().Be(2);
    }

    [Fact]
    public void Schedule_RegistersARecurringTrainingByCronInShanghaiTime_AndNoOneOffJobs()
    {
        DrillPlan training = Plans.Drill("T-weekly", DateTimeOffset.UtcNow, TimeSpan.FromMinutes(10), cron: "0 9 * * 6");

        DrillScheduleResult result = _host.Schedule.Schedule(training);
        _host.Schedule.Schedule(training);

        result.RecurringJobId.Should().Be("seismic:drill:T-weekly");
        result.Jobs.Should().BeEmpty();
        using IStorageConnection connection = _storage.GetConnection();
        RecurringJobDto job = connection.GetRecurringJobs().Should().ContainSingle(j => j.Id == result.RecurringJobId).Subject;
        job.Cron.Should().Be("0 9 * * 6");
        job.TimeZoneId.Should().Be("Asia/Shanghai");
        job.NextExecution!.Value.Should().BeAfter(DateTime.UtcNow);
        DateTime local = TimeZoneInfo.ConvertTimeFromUtc(job.NextExecution.Value, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));
        (local.DayOfWeek, local.Hour, local.Minute).Should().Be((DayOfWeek.Saturday, 9, 0));

        _host.Schedule.Schedule(training with { Cron = null, StartsAt = DateTimeOffset.UtcNow.AddDays(1) });
        connection.GetRecurringJobs().Should().NotContain(j => j.Id == result.RecurringJobId);
    }

    [Fact]
    public void Cancel_WithdrawsTheWaitingJobs()
    {
        _host.Schedule.Schedule(Plans.Drill("D-cancel", DateTimeOffset.UtcNow.AddHours(1), TimeSpan.FromMinutes(10)));

        _host.Schedule.Cancel("D-cancel").Should().Be(5);

        _storage.GetMonitoringApi().ScheduledCount().Should().Be(0);
        _host.Schedule.JobsOf("D-cancel").Should().BeEmpty();
    }

    [Fact]
    public async Task ServerStart_RegistersTheEveryMinuteSafetyNet_AndEnqueuedWorkRuns()
    {
        _host.Server.Start();
        _host.Schedule.ProcessOutboxNow("D1/alarm");
        _host.Schedule.DispatchNow("alert/A1", "real");

        using (IStorageConnection connection = _storage.GetConnection())
        {
            RecurringJobDto net = connection.GetRecurringJobs().Single(j => j.Id == DrillSchedulerOptions.SafetyNetJobId);
            net.Cron.Should().Be("* * * * *");
            net.Job.Type.Should().Be<Seismic.Drills.Hangfire.Jobs.ProcessOutboxJob>();
        }

        await Eventually.Until(
            () => _operations.Calls.Contains("process D1/alarm") && _operations.Calls.Contains("dispatch alert/A1/real"),
            Generous,
            () => string.Join(", ", _operations.Calls));
    }
}
