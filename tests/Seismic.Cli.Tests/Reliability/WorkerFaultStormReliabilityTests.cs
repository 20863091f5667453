using Seismic.Drills.Storage;
using Seismic.SmsSimulator;

namespace Seismic.Cli.Tests.Reliability;

/// <summary>A provider refusing with 429 and 500 at random and limiting the rate: retries with backoff still send each message exactly once.</summary>
[Collection(WorkerProcessGroup.Name)]
public sealed class WorkerFaultStormReliabilityTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public async Task Worker_SendsEachMessageExactlyOnce_Through429And500Storm()
    {
        // 20 % 429 and 10 % 500: a row fails all 8 attempts with probability 0.3^8 ≈ 7e-5, so 200 rows all settle.
        var faults = new FaultSettings { TooManyRequestsRate = 0.2, ServerErrorRate = 0.1, MaxMessagesPerSecond = 50, RetryAfterSeconds = 1 };
        await using var simulator = await SmsSimulatorServer.StartAsync(new SimulatorOptions { Seed = 11, Faults = faults });
        var db = Path.Combine(folder.Path, "drills.sqlite");
        string dispatchId;
        IReadOnlyList<string> numbers;
        using (var storage = DrillsStorage.OpenSqlite(db))
        {
            (dispatchId, numbers) = await OutboxScenario.PrepareAsync(storage, 200, "storm");
        }

        using (var worker = WorkerProcess.Start(simulator, "worker", "--drills-db", db, "--rate", "40", "--worker-id", "storm", "--once", "--dispatch", dispatchId))
        {
            var code = await worker.WaitForExitAsync(TimeSpan.FromMinutes(2));
            code.Should().Be(0, worker.Output);
        }

        (simulator.Counters.TooManyRequests + simulator.Counters.ServerErrors).Should().BeGreaterThan(0, "the storm happened");
        using (var storage = DrillsStorage.OpenSqlite(db))
        {
            await OutboxScenario.AssertExactlyOnceAsync(storage, dispatchId, numbers, simulator);
        }
    }

    public void Dispose() => folder.Dispose();
}
