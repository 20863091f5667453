using System.Diagnostics;
using Seismic.Drills.Storage;
using Seismic.SmsSimulator;
using Xunit.Abstractions;

namespace Seismic.Cli.Tests.Reliability;

/// <summary>
/// Kill-and-restart: <c>seismic worker</c> processes sending 2,000 messages are killed (whole process tree, no shutdown)
/// at random moments and restarted; claims expire, reclaimed rows are reconciled with the provider, and in the end every
/// recipient has exactly one message.
/// </summary>
[Collection(WorkerProcessGroup.Name)]
public sealed class WorkerKillRestartReliabilityTests(ITestOutputHelper output) : IDisposable
{
    private const int Recipients = 2000;
    private const int Kills = 20;

    private readonly TempFolder folder = new();

    [Fact]
    public async Task Worker_SendsEachMessageExactlyOnce_WhenKilledAndRestartedTwentyTimes()
    {
        var clock = Stopwatch.StartNew();
        await using var simulator = await SmsSimulatorServer.StartAsync(new SimulatorOptions { Seed = 7 });
        var db = Path.Combine(folder.Path, "drills.sqlite");
        string dispatchId;
        IReadOnlyList<string> numbers;
        using (var storage = DrillsStorage.OpenSqlite(db))
        {
            (dispatchId, numbers) = await OutboxScenario.PrepareAsync(storage, Recipients, "kill-restart");
        }

        // Seeded so a failure can be replayed; the rate is low enough that the kills land while messages are in flight.
        var random = new Random(20261126);
        var sentBeforeLastKill = 0;
        for (var cycle = 0; cycle < Kills; cycle++)
        {
            // Alternate the long-running worker (scheduler + outbox loop) and the one-shot drain.
            string[] args = cycle % 2 == 0
                ? ["worker", "--drills-db", db, "--rate", "150", "--lease", "2", "--worker-id", $"w{cycle}", "--workers", "2"]
                : ["worker", "--drills-db", db, "--rate", "150", "--lease", "2", "--worker-id", $"w{cycle}", "--once", "--dispatch", dispatchId];
            using var worker = WorkerProcess.Start(simulator, args);
            await worker.WaitStartedAsync(TimeSpan.FromSeconds(60));
            await Task.Delay(random.Next(100, 1500));
            worker.Kill();
            sentBeforeLastKill = simulator.Messages.Count;
        }

        output.WriteLine($"{Kills} kills; {sentBeforeLastKill} of {Recipients} messages at the provider before the final run; {clock.Elapsed.TotalSeconds:0.0} s");
        sentBeforeLastKill.Should().BeGreaterThan(0, "the killed workers were sending");
        using (var final = WorkerProcess.Start(simulator, "worker", "--drills-db", db, "--rate", "2000", "--lease", "2", "--worker-id", "final", "--once", "--dispatch", dispatchId))
        {
            var code = await final.WaitForExitAsync(TimeSpan.FromMinutes(2));
            code.Should().Be(0, final.Output);
        }

        using (var storage = DrillsStorage.OpenSqlite(db))
        {
            await OutboxScenario.AssertExactlyOnceAsync(storage, dispatchId, numbers, simulator);
        }

        output.WriteLine($"total {clock.Elapsed.TotalSeconds:0.0} s");
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromMinutes(3));
    }

    public void Dispose() => folder.Dispose();
}
