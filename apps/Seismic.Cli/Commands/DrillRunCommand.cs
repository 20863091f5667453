using System.CommandLine;
using System.Globalization;
using Seismic.Cli.Drills;
using Seismic.Cli.Infrastructure;
using Seismic.Drills;
using Seismic.Drills.Delivery;
using Seismic.Drills.Dispatch;
using Seismic.Drills.Messages;
using Seismic.Drills.Plans;
using Seismic.Drills.Reports;
using Seismic.Engine.District;

namespace Seismic.Cli.Commands;

/// <summary>
/// <c>seismic drill run (ID | --community NAME --now) [--simulate [--ack-rate R]] --out DIR</c> runs a drill's events at
/// once and writes its after-action report; <c>seismic drill report ID --out DIR</c> writes the report of a drill run
/// earlier (or still running under the worker).
/// </summary>
internal static class DrillRunCommand
{
    public static Command BuildRun(CommandContext context)
    {
        var id = new Argument<string?>("ID") { Description = "A planned drill (or use --community with --now).", Arity = ArgumentArity.ZeroOrOne };
        var community = new Option<string?>("--community") { Description = "Plan and run an ad-hoc drill for this community now." };
        var now = new Option<bool>("--now") { Description = "With --community: T0 is now." };
        var simulate = new Option<bool>("--simulate") { Description = "Send through the built-in Twilio-compatible simulator, with simulated replies." };
        var ackRate = new Option<double>("--ack-rate") { Description = "With --simulate: share of recipients who answer '1'.", DefaultValueFactory = _ => 0.85 };
        var helpRate = new Option<double>("--help-rate") { Description = "With --simulate: share who answer '2' (need help).", DefaultValueFactory = _ => 0.02 };
        var seed = new Option<int>("--seed") { Description = "With --simulate: seed of the simulated replies.", DefaultValueFactory = _ => 1 };
        var wait = new Option<int>("--wait")
        {
            Description = "Without --simulate: seconds to wait for answers after the alarm and after each escalation.", DefaultValueFactory = _ => 300,
        };
        var output = new Option<string>("--out") { Description = "Folder for after-action.html/.csv, messages.csv, acks.csv, alarm.cap.xml.", Required = true, HelpName = "DIR" };
        var store = new DrillsOptions();
        var command = new Command("run", "Run a drill's events at once and write its after-action report.")
        {
            id, community, now, simulate, ackRate, helpRate, seed, wait, output,
        };
        store.AddTo(command);
        command.SetAction(parse =>
        {
            var rate = parse.GetValue(ackRate);
            var help = parse.GetValue(helpRate);
            if (rate is < 0 or > 1 || help is < 0 or > 1 || rate + help > 1)
            {
                throw new UsageException($"--ack-rate {rate} and --help-rate {help} must be shares between 0 and 1 that sum to at most 1");
            }

            using var session = DrillsSession.Open(parse, store);
            var districtOption = parse.GetValue(GlobalOptions.District);
            var model = DistrictLocator.Load(context, districtOption);
            var plan = ResolvePlan(context, parse, session, model, districtOption, parse.GetValue(id), parse.GetValue(community), parse.GetValue(now));
            var dir = parse.GetValue(output)!;
            var report = parse.GetValue(simulate)
                ? RunSimulatedAsync(context, session.Stores, plan, model, dir, rate, help, parse.GetValue(seed)).GetAwaiter().GetResult()
                : RunRealAsync(context, session, plan, model, dir, TimeSpan.FromSeconds(Math.Max(0, parse.GetValue(wait)))).GetAwaiter().GetResult();
            WriteSummary(context.Out, report, dir);
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command BuildReport(CommandContext context)
    {
        var id = new Argument<string>("ID") { Description = "The drill." };
        var output = new Option<string>("--out") { Description = "Folder for after-action.html/.csv, messages.csv, acks.csv, alarm.cap.xml.", Required = true, HelpName = "DIR" };
        var store = new DrillsOptions();
        var command = new Command("report", "Write a drill's after-action report (HTML and CSV) and its message and answer logs.") { id, output };
        store.AddTo(command);
        command.SetAction(parse =>
        {
            using var session = DrillsSession.Open(parse, store);
            var plan = session.Stores.Drills.GetAsync(parse.GetValue(id)!).GetAwaiter().GetResult()
                       ?? throw new UsageException($"drill {parse.GetValue(id)} does not exist in {session.Description}");
            var model = DistrictLocator.Load(context, parse.GetValue(GlobalOptions.District));
            var dir = parse.GetValue(output)!;
            var ackBase = GatewaySettings.AckBase();
            var report = DrillOutputs.WriteAsync(dir, session.Stores, plan, model, ackBase, DateTimeOffset.UtcNow, CancellationToken.None).GetAwaiter().GetResult();
            WriteSummary(context.Out, report, dir);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static DrillPlan ResolvePlan(
        CommandContext context, ParseResult parse, DrillsSession session, DistrictModel model, string? districtOption, string? id, string? community, bool now)
    {
        if (id is not null)
        {
            if (community is not null)
            {
                throw new UsageException("give either a drill ID or --community NAME --now, not both");
            }

            return session.Stores.Drills.GetAsync(id).GetAwaiter().GetResult()
                   ?? throw new UsageException($"drill {id} does not exist in {session.Description}");
        }

        if (community is null || !now)
        {
            throw new UsageException("give a drill ID, or --community NAME --now for an ad-hoc drill");
        }

        var plan = AdHocDrill.Plan(context, model, DistrictLocator.Resolve(districtOption), community);
        session.Stores.Drills.SaveAsync(plan).GetAwaiter().GetResult();
        return plan;
    }

    /// <summary>Runs a drill against the in-process simulator and web app and writes its report files.</summary>
    internal static async Task<AfterActionReport> RunSimulatedAsync(
        CommandContext context, DrillStores stores, DrillPlan plan, DistrictModel model, string dir, double ackRate, double helpRate, int seed)
    {
        var delivery = new DeliveryOptions { MessagesPerSecond = 200, WorkerId = "drill-run:" + Environment.ProcessId };
        // The simulator draws message SIDs from its seed; mixing in the drill id keeps SIDs of different drills in one
        // database apart while a rerun of the same drill and seed reproduces its replies.
        var simulatorSeed = plan.Id.Aggregate(seed, (h, ch) => unchecked((h * 31) + ch));
        await using var provider = await SimulatedProvider.StartAsync(stores, delivery, ackRate, helpRate, simulatorSeed).ConfigureAwait(false);
        delivery = provider.Wire(delivery);
        // Simulated messages reach no handset, so quiet hours (which protect residents' sleep) do not hold the run back.
        var services = new DrillServices(stores, provider.Gateway, delivery, new QuietHours(TimeOnly.MinValue, TimeOnly.MinValue), TimeProvider.System);
        context.Out.WriteLine($"running {plan.Id} ({plan.Title}) against the SMS simulator at {provider.Simulator.BaseUrl}:");
        await DrillExercise.RunAsync(services, plan, (_, ct) => provider.Simulator.WaitForIdleAsync(TimeSpan.FromSeconds(60), ct), context.Out, CancellationToken.None)
            .ConfigureAwait(false);
        return await DrillOutputs.WriteAsync(dir, stores, plan, model, delivery.AckBaseUrl, DateTimeOffset.UtcNow, CancellationToken.None).ConfigureAwait(false);
    }

    private static async Task<AfterActionReport> RunRealAsync(
        CommandContext context, DrillsSession session, DrillPlan plan, DistrictModel model, string dir, TimeSpan wait)
    {
        var twilio = GatewaySettings.TwilioFromEnvironment();
        var delivery = GatewaySettings.RealDelivery();
        var publicUrl = delivery.AckBaseUrl;
        var services = new DrillServices(session.Stores, GatewaySettings.CreateGateway(twilio), delivery, QuietHours.Default, TimeProvider.System);
        context.Out.WriteLine($"running {plan.Id} ({plan.Title}) through Twilio; answers arrive at {publicUrl}:");
        await DrillExercise.RunAsync(services, plan, (inject, ct) =>
            inject.Kind is InjectKind.Alarm or InjectKind.Escalation ? Task.Delay(wait, ct) : Task.CompletedTask, context.Out, CancellationToken.None)
            .ConfigureAwait(false);
        return await DrillOutputs.WriteAsync(dir, session.Stores, plan, model, publicUrl, DateTimeOffset.UtcNow, CancellationToken.None).ConfigureAwait(false);
    }

    private static void WriteSummary(TextWriter output, AfterActionReport report, string dir)
    {
        output.WriteLine(AfterActionSummary.Format(report));
        output.WriteLine($"wrote {string.Join(", ", DrillOutputs.FileNames)} to {dir}");
    }
}
