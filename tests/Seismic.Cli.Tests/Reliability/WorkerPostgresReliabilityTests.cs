using System.Globalization;
using Npgsql;
using Seismic.Drills.Storage;
using Seismic.SmsSimulator;

namespace Seismic.Cli.Tests.Reliability;

/// <summary>
/// Two <c>seismic worker</c> processes draining one PostgreSQL outbox at once: claims (<c>FOR UPDATE SKIP LOCKED</c>)
/// give each row to one worker, so 2,000 recipients get exactly one message each. Needs SEISMIC_TEST_POSTGRES (set by
/// ./test.sh); each run works in a database of its own.
/// </summary>
[Collection(WorkerProcessGroup.Name)]
public sealed class WorkerPostgresReliabilityTests
{
    private const int Recipients = 2000;

    [Fact]
    public async Task TwoWorkers_SendEachMessageExactlyOnce_OnOnePostgresOutbox()
    {
        var server = Environment.GetEnvironmentVariable("SEISMIC_TEST_POSTGRES");
        server.Should().NotBeNullOrWhiteSpace("SEISMIC_TEST_POSTGRES must name a PostgreSQL server for this test (./test.sh sets it)");
        var database = "seismic_workers_" + Guid.NewGuid().ToString("N")[..12];
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", admin);
            await create.ExecuteNonQueryAsync();
        }

        var connection = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
        try
        {
            await using var simulator = await SmsSimulatorServer.StartAsync(new SimulatorOptions { Seed = 5 });
            string dispatchId;
            IReadOnlyList<string> numbers;
            using (var storage = DrillsStorage.OpenPostgres(connection))
            {
                (dispatchId, numbers) = await OutboxScenario.PrepareAsync(storage, Recipients, "two-workers");
            }

            using var first = WorkerProcess.Start(simulator, "worker", "--postgres", connection, "--rate", "400", "--lease", "15", "--worker-id", "host-1", "--once", "--dispatch", dispatchId);
            using var second = WorkerProcess.Start(simulator, "worker", "--postgres", connection, "--rate", "400", "--lease", "15", "--worker-id", "host-2", "--once", "--dispatch", dispatchId);
            (await first.WaitForExitAsync(TimeSpan.FromMinutes(3))).Should().Be(0, first.Output);
            (await second.WaitForExitAsync(TimeSpan.FromMinutes(3))).Should().Be(0, second.Output);

            using (var storage = DrillsStorage.OpenPostgres(connection))
            {
                await OutboxScenario.AssertExactlyOnceAsync(storage, dispatchId, numbers, simulator);
                var rows = await storage.Outbox.ListAsync(dispatchId);
                var byWorker = rows.GroupBy(r => r.ClaimedBy ?? "-").ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
                string.Join(", ", byWorker.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key}={p.Value}"))).Should().NotBeEmpty();
            }
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(server);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
