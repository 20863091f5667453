using System.Collections.Concurrent;
using Seismic.Drills.Hangfire;
using Seismic.Drills.Storage.Tests.Stores;

namespace Seismic.Drills.Storage.Tests.Scheduler;

/// <summary>Scale-out: two Hangfire servers (as two worker processes would) share one PostgreSQL database.</summary>
public sealed class PostgresSchedulerTests : IDisposable
{
    private readonly string _schema = TestPostgres.NewSchemaName();
    private readonly string _connectionString = TestPostgres.ConnectionString;

    public void Dispose() => TestPostgres.DropSchema(_schema);

    [Fact]
    public async Task TwoServers_RunEveryOneOf200EnqueuedJobs()
    {
        var ran = new ConcurrentDictionary<string, int>();
        var a = new RecordingOperations();
        var b = new RecordingOperations();
        using var first = new SchedulerHost(SchedulerStorage.Postgres(_connectionString, _schema), a);
        using var second = new SchedulerHost(SchedulerStorage.Postgres(_connectionString, _schema), b);
        var ids = Enumerable.Range(0, 200).Select(i => "D1/alarm-" + i).ToList();
        foreach (string id in ids)
        {
            first.Schedule.ProcessOutboxNow(id);
        }

        first.Server.Start();
        second.Server.Start();

        await Eventually.Until(
            () => ids.All(id => a.Calls.Contains("process " + id) || b.Calls.Contains("process " + id)),
            TimeSpan.FromSeconds(120),
            () => $"ran {a.Calls.Concat(b.Calls).Distinct().Count()} of 200");
        a.Calls.Concat(b.Calls).Where(c => c != "process *").Distinct().Should().HaveCount(200);
    }
}
