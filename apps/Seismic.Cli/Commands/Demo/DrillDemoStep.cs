using Seismic.Cli.Drills;
using Seismic.Cli.Infrastructure;
using Seismic.Cli.Reporting;
using Seismic.Drills;
using Seismic.Drills.Rosters;
using Seismic.Drills.Storage;
using Seismic.Engine.District;

namespace Seismic.Cli.Commands.Demo;

/// <summary>
/// The demo's community drill: the sample roster, an evacuation drill for 青凤社区 planned now and run at once through the
/// real Twilio SDK against the built-in simulator (signed callbacks, simulated replies, escalation), and its
/// after-action report.
/// </summary>
internal static class DrillDemoStep
{
    private const string Folder = "drill";
    private const string DemonstrationCommunity = "青凤社区";

    /// <summary>Seed and sizes of the sample roster (<c>seismic roster synth</c> defaults).</summary>
    private const int RosterSeed = 20201101;

    public static void Run(CommandContext context, DistrictModel model, string districtPath, string outDir, HtmlReport report)
    {
        var dir = Path.Combine(outDir, Folder);
        Directory.CreateDirectory(dir);
        var database = Path.Combine(dir, "drills.sqlite");
        foreach (var stale in new[] { database, database + "-wal", database + "-shm" })
        {
            File.Delete(stale);
        }

        var community = model.Communities.FirstOrDefault(c => c.Name == DemonstrationCommunity) ?? model.Communities[0];
        var streets = model.Streets.ToDictionary(s => s.Code, s => s.Name, StringComparer.Ordinal);
        var roster = RosterSynthesizer.Generate(
            model.Communities.Select(c => new CommunityStreet(c.Name, streets.GetValueOrDefault(c.StreetCode, c.StreetCode))).ToList(),
            RosterSeed,
            new RosterSynthesisOptions(VolunteersPerCommunity: 12, AssistantsPerCommunity: 2));
        using var storage = DrillsStorage.OpenSqlite(database);
        var stores = new DrillStores(storage.Rosters, storage.Drills, storage.Outbox, storage.Acks);
        stores.Rosters.ImportAsync(roster, DateTimeOffset.UtcNow).GetAwaiter().GetResult();
        var plan = AdHocDrill.Plan(context, model, districtPath, community.Name);
        stores.Drills.SaveAsync(plan).GetAwaiter().GetResult();
        var result = DrillRunCommand.RunSimulatedAsync(context, stores, plan, model, dir, ackRate: 0.7, helpRate: 0.05, seed: 1).GetAwaiter().GetResult();

        var d = result.District;
        report.Heading($"Community drill (simulated): {community.Name}").Paragraph(Inv(
            $"Drill {plan.Id} \"{plan.Title}\" for the {roster.Count(p => p.Community == community.Name)} volunteers and assistants of {community.Name}, run at once: announcement, reminder, alarm, escalations to assistants and coordinators, all clear. Messages went through the Twilio SDK to the built-in Twilio-compatible simulator, which replied for 70 % of recipients with \"1\" and 5 % with \"2\"; its signed delivery callbacks and replies reached the web app's webhooks. Every text carries 【演练】 and the person's acknowledgement link."));
        report.Table(
            ["recipients", "delivered", "opted out", "accounted", "need help", "missing", "median answer", "90th percentile"],
            [[
                Inv($"{d.Recipients}"), Inv($"{d.Delivered} ({d.DeliveryRate:P0})"), Inv($"{d.OptedOut}"), Inv($"{d.Accounted} ({d.AckRate:P0})"),
                Inv($"{d.NeedHelp}"), Inv($"{d.Missing}"), AfterActionSummary.Minutes(d.MedianAckSeconds), AfterActionSummary.Minutes(d.P90AckSeconds),
            ]]);
        report.Table(
            ["objective", "target", "observed", "met"],
            result.Objectives.Select(o => (IReadOnlyList<string>)[o.Objective, o.Target, o.Observed, o.Met ? "yes" : "no"]));
        report.File($"{Folder}/after-action.html", "the drill's after-action report (delivery, answers, escalations, need-help list, improvement plan)");
        foreach (var file in new[] { "after-action.csv", "messages.csv", "acks.csv", "alarm.cap.xml" })
        {
            report.File($"{Folder}/{file}", "drill record");
        }

        context.Out.WriteLine(Inv($"drill {plan.Id} ({community.Name}, simulated): {d.Delivered} of {d.Recipients} delivered, {d.Accounted} accounted for, {d.NeedHelp} need help, {d.Missing} missing"));
    }

    private static string Inv(FormattableString text) => FormattableString.Invariant(text);
}
