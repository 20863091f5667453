using System.CommandLine;
using System.Globalization;
using Seismic.Cli.Drills;
using Seismic.Cli.Infrastructure;
using Seismic.Drills.Cap;
using Seismic.Drills.Dispatch;
using Seismic.Drills.Messages;
using Seismic.Drills.Plans;
using Seismic.GeoData;

namespace Seismic.Cli.Commands;

/// <summary>
/// <c>seismic alert send --community C … --headline H --text T [--magnitude M] [--id ID] [--simulate] [--out DIR]</c>: a
/// real-event broadcast to every roster person of the chosen communities — no exercise mark, no quiet hours — with the
/// personal answer link, its CAP 1.2 document (status Actual) and live counts.
/// </summary>
internal static class AlertCommand
{
    public static Command Build(CommandContext context)
    {
        var alert = new Command("alert", "Real-event alerts to the rosters.");
        var community = new Option<string[]>("--community")
        {
            Description = "Target community, by name or code (repeatable); 'all' for the whole district.", Required = true, AllowMultipleArgumentsPerToken = true,
        };
        var headline = new Option<string>("--headline") { Description = "Headline, e.g. '海珠区发生5.8级地震'.", Required = true };
        var text = new Option<string>("--text") { Description = "Instruction text put into every message.", Required = true };
        var magnitude = new Option<double?>("--magnitude") { Description = "Magnitude (Mw), for the CAP severity." };
        var id = new Option<string?>("--id") { Description = "Alert id; sending the same id again sends nothing twice (default: time-based)." };
        var simulate = new Option<bool>("--simulate") { Description = "Send through the built-in simulator instead of Twilio." };
        var output = new Option<string?>("--out") { Description = "Folder for alert.cap.xml and messages.csv.", HelpName = "DIR" };
        var store = new DrillsOptions();
        var send = new Command("send", "Broadcast a real earthquake alert now (never held by quiet hours).")
        {
            community, headline, text, magnitude, id, simulate, output,
        };
        store.AddTo(send);
        send.SetAction(parse =>
        {
            var model = DistrictLocator.Load(context, parse.GetValue(GlobalOptions.District));
            var names = parse.GetValue(community)!;
            var targets = names is ["all"] ? model.Communities.ToList() : DrillRoutes.Resolve(model, names, "--community");
            var now = DateTimeOffset.UtcNow;
            var alertId = parse.GetValue(id) ?? now.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
            var request = new RealAlert(alertId, parse.GetValue(headline)!, parse.GetValue(text)!, targets.Select(t => t.Name).ToList(), now);
            using var session = DrillsSession.Open(parse, store);
            var (dispatchId, progress, ackBase) = SendAsync(context, session, request, parse.GetValue(simulate)).GetAwaiter().GetResult();
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"alert {dispatchId}: {progress.Recipients} recipients in {targets.Count} communities, {progress.Sent} sent, {progress.Failed} failed, "
                + $"{progress.Suppressed} opted out; answers so far: {progress.Acknowledged} safe, {progress.NeedHelp} need help, {progress.Missing} missing"));
            var review = CarrierReview.CountAsync(session.Stores, dispatchId, DateTimeOffset.UtcNow).GetAwaiter().GetResult();
            if (review > 0)
            {
                // Counted after sending, so the alert never waits for it: these people may get it late.
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {review} recipients now have {ChinaContentRules.Default.ReviewFromDistinct} or more different texts within 24 h: mainland carriers may hold this alert for manual review; reach them another way too (phone, loudspeaker, door to door)"));
            }
            if (parse.GetValue(output) is { } dir)
            {
                Directory.CreateDirectory(dir);
                var plan = new DrillPlan(alertId, request.Headline, DrillKind.EvacuationDrill, request.Communities, now, request.Text, null, [], [], TimeSpan.Zero, []);
                var cap = CapAlertFactory.ForRealAlert(alertId, "earthquake-office@haizhu.gz.gov.cn", now, parse.GetValue(magnitude), request.Headline, request.Text,
                    ackBase, DrillOutputs.Areas(model, plan), "海珠区地震局");
                AtomicFile.Write(Path.Combine(dir, "alert.cap.xml"), temp => File.WriteAllText(temp, CapAlertWriter.Write(cap)));
                context.Out.WriteLine($"wrote alert.cap.xml to {dir}");
            }

            return ExitCodes.Ok;
        });
        alert.Subcommands.Add(send);
        return alert;
    }

    private static async Task<(string DispatchId, DrillProgress Progress, Uri AckBase)> SendAsync(
        CommandContext context, DrillsSession session, RealAlert request, bool simulate)
    {
        if (simulate)
        {
            var delivery = new DeliveryOptions { MessagesPerSecond = 200 };
            await using var provider = await SimulatedProvider.StartAsync(session.Stores, delivery, 0.8, 0.05, 1).ConfigureAwait(false);
            delivery = provider.Wire(delivery);
            var services = new DrillServices(session.Stores, provider.Gateway, delivery, QuietHours.Default, TimeProvider.System);
            var (dispatchId, _) = await services.Alerts.EnqueueAsync(request).ConfigureAwait(false);
            await services.Processor.ProcessUntilSettledAsync(dispatchId, TimeSpan.FromMinutes(5)).ConfigureAwait(false);
            await provider.Simulator.WaitForIdleAsync(TimeSpan.FromSeconds(60)).ConfigureAwait(false);
            return (dispatchId, await DrillProgress.ComputeAsync(session.Stores, dispatchId).ConfigureAwait(false), delivery.AckBaseUrl);
        }

        var twilio = GatewaySettings.TwilioFromEnvironment();
        var real = GatewaySettings.RealDelivery();
        var send = new DrillServices(session.Stores, GatewaySettings.CreateGateway(twilio), real, QuietHours.Default, TimeProvider.System);
        var (id, inserted) = await send.Alerts.EnqueueAsync(request).ConfigureAwait(false);
        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seismic: {inserted} messages queued; sending"));
        await send.Processor.ProcessUntilSettledAsync(id, TimeSpan.FromMinutes(10)).ConfigureAwait(false);
        return (id, await DrillProgress.ComputeAsync(session.Stores, id).ConfigureAwait(false), real.AckBaseUrl);
    }
}
