using System.CommandLine;
using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.Extensions.DependencyInjection;
using Seismic.Cli.Drills;
using Seismic.Cli.Infrastructure;
using Seismic.Drills.Delivery;
using Seismic.Drills.Dispatch;
using Seismic.Drills.Hangfire;
using Seismic.Drills.Messages;
using Seismic.Drills.Plans;

namespace Seismic.Cli.Commands;

/// <summary>
/// <c>seismic worker [--drills-db F | --postgres CONN] [--workers N] [--rate MPS] [--worker-id ID] [--lease S] [--once [--dispatch ID]]</c>:
/// runs the scheduled drill jobs and drains the outbox through the SMS provider configured in the environment
/// (<see cref="GatewaySettings"/>) until Ctrl+C or SIGTERM. Several workers may share one PostgreSQL database: rows are
/// claimed under a lease, and a row reclaimed after a crash is reconciled with the provider before it is sent again.
/// </summary>
internal static class WorkerCommand
{
    /// <summary>How often the outbox is drained besides the scheduler's jobs, so queued rows go out even without a job.</summary>
    private static readonly TimeSpan DrainInterval = TimeSpan.FromSeconds(1);

    public static Command Build(CommandContext context)
    {
        var workers = new Option<int>("--workers") { Description = "Scheduler job threads (1–100).", DefaultValueFactory = _ => 4 };
        var rate = new Option<double>("--rate") { Description = "Messages per second this worker sends at most (split the provider's limit between workers).", DefaultValueFactory = _ => 10 };
        var workerId = new Option<string?>("--worker-id") { Description = "Name of this worker in claims and the scheduler (default: host:pid)." };
        var lease = new Option<double>("--lease") { Description = "Seconds a claimed row stays with this worker before another may reclaim it.", DefaultValueFactory = _ => 120 };
        var once = new Option<bool>("--once") { Description = "Drain the outbox until nothing is due (or --dispatch has settled) and exit; no scheduler." };
        var dispatch = new Option<string?>("--dispatch") { Description = "With --once: wait until this dispatch (or prefix ending in '/') has settled." };
        var store = new DrillsOptions();
        var command = new Command("worker", "Send queued messages and run scheduled drill events until stopped.") { workers, rate, workerId, lease, once, dispatch };
        store.AddTo(command);
        command.SetAction(parse =>
        {
            var threads = parse.GetValue(workers);
            var mps = parse.GetValue(rate);
            var leaseSeconds = parse.GetValue(lease);
            if (threads is < 1 or > 100)
            {
                throw new UsageException($"--workers {threads}: must be 1 to 100");
            }

            if (!(mps > 0) || double.IsInfinity(mps))
            {
                throw new UsageException($"--rate {mps}: must be a positive number of messages per second");
            }

            if (!(leaseSeconds >= 1))
            {
                throw new UsageException($"--lease {leaseSeconds}: must be at least 1 second");
            }

            var id = parse.GetValue(workerId) ?? Environment.MachineName + ":" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
            var twilio = GatewaySettings.TwilioFromEnvironment();
            var publicUrl = GatewaySettings.PublicBaseUrl();
            var delivery = new DeliveryOptions
            {
                MessagesPerSecond = mps,
                WorkerId = id,
                ClaimLease = TimeSpan.FromSeconds(leaseSeconds),
                AckBaseUrl = publicUrl ?? new DeliveryOptions().AckBaseUrl,
                StatusCallbackUrl = publicUrl is null ? null : new Uri(publicUrl, "webhooks/twilio/status"),
            };
            using var session = DrillsSession.Open(parse, store);
            var services = new DrillServices(session.Stores, GatewaySettings.CreateGateway(twilio), delivery, QuietHours.Default, TimeProvider.System);
            if (parse.GetValue(once))
            {
                return RunOnceAsync(context, services, id, parse.GetValue(dispatch)).GetAwaiter().GetResult();
            }

            using var stop = new CancellationTokenSource();
            ConsoleCancelEventHandler onCancel = (_, e) =>
            {
                e.Cancel = true;
                stop.Cancel();
            };
            Console.CancelKeyPress += onCancel;
            using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal =>
            {
                signal.Cancel = true;
                stop.Cancel();
            });
            try
            {
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"worker {id} started: {session.Description}, {mps:0.##} messages/s, {threads} job threads, scheduler {DrillScheduling.StorageOf(session)}"));
                context.Out.Flush();
                var sent = RunAsync(context, session, services, threads, id, stop.Token).GetAwaiter().GetResult();
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"worker {id} stopped: {sent} messages sent by the outbox loop"));
                return ExitCodes.Ok;
            }
            finally
            {
                Console.CancelKeyPress -= onCancel;
            }
        });
        return command;
    }

    private static async Task<int> RunOnceAsync(CommandContext context, DrillServices services, string id, string? dispatch)
    {
        context.Out.WriteLine($"worker {id} started: draining the outbox once");
        context.Out.Flush();
        int sent;
        if (dispatch is null)
        {
            sent = 0;
            int round;
            do
            {
                round = await services.Processor.ProcessAsync(null).ConfigureAwait(false);
                sent += round;
            }
            while (round > 0);
        }
        else
        {
            var open = await services.Processor.ProcessUntilSettledAsync(dispatch, TimeSpan.FromMinutes(10)).ConfigureAwait(false);
            if (open.Count > 0)
            {
                context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seismic: {open.Count} messages of {dispatch} still queued after 10 minutes"));
            }

            sent = -1;
        }

        context.Out.WriteLine(sent >= 0
            ? string.Create(CultureInfo.InvariantCulture, $"worker {id} stopped: {sent} messages sent")
            : $"worker {id} stopped: {dispatch} settled");
        return ExitCodes.Ok;
    }

    private static async Task<long> RunAsync(
        CommandContext context, DrillsSession session, DrillServices services, int threads, string id, CancellationToken stop)
    {
        var container = new ServiceCollection();
        container.AddSingleton(services.Stores);
        container.AddSingleton<IDrillOperations>(services.Operations);
        container.AddSingleton<IDrillStore>(services.Stores.Drills);
        container.AddSeismicDrillsScheduler(new DrillSchedulerOptions { Storage = DrillScheduling.StorageOf(session), WorkerCount = threads, ServerName = id });
        await using var provider = container.BuildServiceProvider();
        var server = provider.GetRequiredService<DrillSchedulerServer>();
        var scheduler = server.RunAsync(stop);
        long sent = 0;
        using var timer = new PeriodicTimer(DrainInterval);
        try
        {
            do
            {
                try
                {
                    sent += await services.Processor.ProcessAsync(null, stop).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // One failed pass (database restart, network) must not stop the worker; the next pass retries.
                    context.Error.WriteLine($"seismic: outbox pass failed: {e.Message.ReplaceLineEndings(" ")}");
                }
            }
            while (await timer.WaitForNextTickAsync(stop).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // the stop request
        }

        await scheduler.ConfigureAwait(false);
        return sent;
    }
}
