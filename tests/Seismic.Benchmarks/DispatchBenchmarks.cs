using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Npgsql;
using Seismic.Drills;
using Seismic.Drills.Delivery;
using Seismic.Drills.Dispatch;
using Seismic.Drills.Outbox;
using Seismic.Drills.Plans;
using Seismic.Drills.Storage;
using Seismic.Drills.Twilio;
using Seismic.SmsSimulator;

namespace Seismic.Benchmarks;

/// <summary>
/// The drills speed target: 10,000 recipients through the in-process SMS simulator at a configured 500 messages/s in
/// ≤ 25 s, the achieved rate within 5 % of the limit, no duplicates — on a SQLite file with one worker, and on
/// PostgreSQL with two workers at 250/s each sharing one schema. Every send goes through the real Twilio SDK gateway
/// over HTTP. The PostgreSQL case runs only when SEISMIC_BENCH_POSTGRES holds a connection string. Besides the
/// timings, each iteration prints its figures and appends them to <c>dispatch-figures.csv</c> in
/// $SEISMIC_BENCH_ARTIFACTS (default: the temporary folder).
/// </summary>
[Config(typeof(InProcessMonitoring))]
public class DispatchBenchmarks : IDisposable
{
    public const string SqliteOneWorker = "sqlite-1-worker";
    public const string PostgresTwoWorkers = "postgres-2-workers";
    private const int Recipients = 10_000;
    private const double TotalRate = 500;
    private const string DispatchId = "bench-drill/alarm";

    private readonly List<IDisposable> owned = [];
    private SmsSimulatorServer? simulator;
    private OutboxProcessor[] processors = [];
    private DrillsStorage? observer;
    private string? sqlitePath;
    private string? postgresSchema;
    private long startTicks;
    private long endTicks;

    [ParamsSource(nameof(Stores))]
    public string Store { get; set; } = SqliteOneWorker;

    public static IEnumerable<string> Stores()
    {
        yield return SqliteOneWorker;
        if (PostgresConnection is null)
        {
            Console.WriteLine("DispatchBenchmarks: SEISMIC_BENCH_POSTGRES is not set; the two-worker PostgreSQL case is skipped.");
            yield break;
        }

        yield return PostgresTwoWorkers;
    }

    private static string? PostgresConnection =>
        Environment.GetEnvironmentVariable("SEISMIC_BENCH_POSTGRES") is { Length: > 0 } value ? value : null;

    [IterationSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [Benchmark]
    public async Task<int> DispatchTenThousand()
    {
        startTicks = Stopwatch.GetTimestamp();
        var runs = new Task<int>[processors.Length];
        for (var i = 0; i < processors.Length; i++)
        {
            runs[i] = processors[i].ProcessAsync(DispatchId);
        }

        var counts = await Task.WhenAll(runs).ConfigureAwait(false);
        endTicks = Stopwatch.GetTimestamp();
        return counts.Sum();
    }

    [IterationCleanup]
    public void Cleanup() => CleanupAsync().GetAwaiter().GetResult();

    public void Dispose()
    {
        Release();
        GC.SuppressFinalize(this);
    }

    private async Task SetupAsync()
    {
        var workers = Store == PostgresTwoWorkers ? 2 : 1;
        DrillsStorage OpenStore()
        {
            var storage = Store == PostgresTwoWorkers
                ? DrillsStorage.OpenPostgres(PostgresConnection!, postgresSchema!)
                : DrillsStorage.OpenSqlite(sqlitePath!);
            owned.Add(storage);
            return storage;
        }

        if (Store == PostgresTwoWorkers)
        {
            postgresSchema = "bench_dispatch_" + DateTime.UtcNow.Ticks.ToString(CultureInfo.InvariantCulture);
        }
        else
        {
            sqlitePath = Path.Combine(Path.GetTempPath(), $"seismic-dispatch-{Guid.NewGuid():N}.sqlite");
        }

        observer = OpenStore();
        await observer.Outbox.EnqueueAsync(Rows(DateTimeOffset.UtcNow)).ConfigureAwait(false);
        simulator = await SmsSimulatorServer.StartAsync(new SimulatorOptions()).ConfigureAwait(false);
        processors = new OutboxProcessor[workers];
        for (var i = 0; i < workers; i++)
        {
            // Each worker gets its own connections and HTTP client, as separate processes would.
            var storage = i == 0 && workers == 1 ? observer : OpenStore();
            var gateway = TwilioGateway.Create(new TwilioOptions
            {
                AccountSid = simulator.Options.AccountSid,
                AuthToken = simulator.Options.AuthToken,
                From = "+8610690000",
                BaseUrl = simulator.BaseUrl,
            });
            if (gateway is IDisposable disposable)
            {
                owned.Add(disposable);
            }

            var stores = new DrillStores(storage.Rosters, storage.Drills, storage.Outbox, storage.Acks);
            var options = new DeliveryOptions
            {
                MessagesPerSecond = TotalRate / workers,
                WorkerId = $"bench-worker-{i + 1}",
            };
            processors[i] = new OutboxProcessor(stores, gateway, options, TimeProvider.System);
        }
    }

    private async Task CleanupAsync()
    {
        var rows = await observer!.Outbox.ListAsync(DispatchId).ConfigureAwait(false);
        var lost = 0;
        foreach (var row in rows)
        {
            lost += row.Status is OutboxStatus.Sent or OutboxStatus.Delivered ? 0 : 1;
        }

        lost += Recipients - rows.Count;
        var wall = Stopwatch.GetElapsedTime(startTicks, endTicks).TotalSeconds;
        var figures = DispatchFigures.From(Store, Recipients, wall, TotalRate, simulator!.Messages, lost);
        var load = LoadAverage();
        Console.WriteLine($"// dispatch figures: {figures}; load average {load}");
        var folder = Environment.GetEnvironmentVariable("SEISMIC_BENCH_ARTIFACTS") is { Length: > 0 } dir ? dir : Path.GetTempPath();
        Directory.CreateDirectory(folder);
        var csv = Path.Combine(folder, "dispatch-figures.csv");
        if (!File.Exists(csv))
        {
            await File.WriteAllTextAsync(csv, DispatchFigures.CsvHeader + Environment.NewLine).ConfigureAwait(false);
        }

        await File.AppendAllTextAsync(csv, figures.ToCsv(load) + Environment.NewLine).ConfigureAwait(false);
        await simulator.DisposeAsync().ConfigureAwait(false);
        simulator = null;
        Release();
        if (postgresSchema is not null)
        {
            await using var connection = new NpgsqlConnection(PostgresConnection);
            await connection.OpenAsync().ConfigureAwait(false);
            await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {postgresSchema} CASCADE", connection);
            await drop.ExecuteNonQueryAsync().ConfigureAwait(false);
            postgresSchema = null;
        }
    }

    private void Release()
    {
        foreach (var item in owned)
        {
            item.Dispose();
        }

        owned.Clear();
        if (sqlitePath is not null)
        {
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(sqlitePath + suffix);
            }

            sqlitePath = null;
        }
    }

    private static List<OutboxMessage> Rows(DateTimeOffset now)
    {
        var rows = new List<OutboxMessage>(Recipients);
        for (var i = 0; i < Recipients; i++)
        {
            var person = "p" + i.ToString("D5", CultureInfo.InvariantCulture);
            var to = "+86170000" + i.ToString("D5", CultureInfo.InvariantCulture);

            // About 60 characters, personalised by the link as real messages are (one UCS-2 segment is 70).
            var body = $"【演练】海珠区地震应急演练：请前往最近避难场所，安全请回复1，需要帮助回复2。http://127.0.0.1/a/{i:x5}";
            rows.Add(new OutboxMessage(
                0, OutboxMessage.KeyOf(DispatchId, person), DispatchId, person, to, body, InjectKind.Alarm, OutboxStatus.Pending, 0,
                now.AddMinutes(-1), now, null, null, null, null, null, null));
        }

        return rows;
    }

    /// <summary>
    /// Three monitored iterations of about 20 s each, run in the host process: building a separate benchmark process
    /// takes minutes on a busy 2-core machine and adds nothing to a run this long.
    /// </summary>
    internal sealed class InProcessMonitoring : ManualConfig
    {
        public InProcessMonitoring() => AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(0)
            .WithIterationCount(3)
            .WithToolchain(InProcessEmitToolchain.Instance));
    }

    private static string LoadAverage()
    {
        try
        {
            var parts = File.ReadAllText("/proc/loadavg").Split(' ');
            return $"{parts[0]} {parts[1]} {parts[2]}";
        }
        catch (IOException)
        {
            return "n/a";
        }
    }
}
