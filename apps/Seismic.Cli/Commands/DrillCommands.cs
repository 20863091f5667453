using System.CommandLine;
using System.Globalization;
using Seismic.Cli.Drills;
using Seismic.Cli.Infrastructure;
using Seismic.Drills.Dispatch;
using Seismic.Drills.Plans;

namespace Seismic.Cli.Commands;

/// <summary>
/// <c>seismic drill plan|list|show|run|report</c>: community evacuation drills and trainings — planned with a master
/// scenario events list, scheduled by the worker, or run at once.
/// </summary>
internal static class DrillCommands
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static Command Build(CommandContext context)
    {
        var drill = new Command("drill", "Plan, schedule, run and report community evacuation drills and trainings.");
        drill.Subcommands.Add(BuildPlan(context));
        drill.Subcommands.Add(BuildList(context));
        drill.Subcommands.Add(BuildShow(context));
        drill.Subcommands.Add(DrillRunCommand.BuildRun(context));
        drill.Subcommands.Add(DrillRunCommand.BuildReport(context));
        return drill;
    }

    private static Command BuildPlan(CommandContext context)
    {
        var id = new Option<string?>("--id") { Description = "Drill id (default: D{date}-{first community code})." };
        var title = new Option<string?>("--title") { Description = "Title shown in every message (default: '{community}地震应急疏散演练')." };
        var kind = new Option<string>("--kind") { Description = "evacuation, training or radio.", DefaultValueFactory = _ => "evacuation" };
        var community = new Option<string[]>("--community")
        {
            Description = "Target community, by name or code (repeatable).", Required = true, AllowMultipleArgumentsPerToken = true,
        };
        var at = new Option<string?>("--at") { Description = "T0 in Asia/Shanghai time, 'YYYY-MM-DD HH:MM'.", HelpName = "TIME" };
        var cron = new Option<string?>("--cron") { Description = "Recurring training: 5-field cron in Asia/Shanghai, e.g. '0 19 * * 3'." };
        var scenario = new Option<string>("--scenario")
        {
            Description = "The earthquake scenario rehearsed.", DefaultValueFactory = _ => "Mw 6.0，震中位于辖区东南15公里 / Mw 6.0, 15 km SE",
        };
        var escalate = new Option<int>("--escalate-after")
        {
            Description = "Minutes before unanswered volunteers are escalated to assistants (twice that: to coordinators).",
            DefaultValueFactory = _ => 15,
        };
        var store = new DrillsOptions();
        var command = new Command("plan", "Plan a drill: MSEL (T−7 d, T−1 d, alarm, escalations, all clear), objectives, each building's shelter.")
        {
            id, title, kind, community, at, cron, scenario, escalate,
        };
        store.AddTo(command);
        command.SetAction(parse =>
        {
            var districtOption = parse.GetValue(GlobalOptions.District);
            var path = DistrictLocator.Resolve(districtOption);
            var model = DistrictLocator.Load(context, districtOption);
            var targets = DrillRoutes.Resolve(model, parse.GetValue(community)!, "--community");
            DateTime? local = null;
            if (parse.GetValue(at) is { } text)
            {
                local = DateTime.TryParseExact(text, ["yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
                    ? t
                    : throw new UsageException($"--at {text}: use 'YYYY-MM-DD HH:MM' (Asia/Shanghai)");
            }
            else if (parse.GetValue(cron) is null)
            {
                throw new UsageException("give --at 'YYYY-MM-DD HH:MM' for a drill, or --cron for a recurring training");
            }

            var drillKind = parse.GetValue(kind) switch
            {
                "evacuation" => DrillKind.EvacuationDrill,
                "training" => DrillKind.Training,
                "radio" => DrillKind.RadioExercise,
                var other => throw new UsageException($"--kind {other}: use evacuation, training or radio"),
            };
            var night = local is { Hour: < 7 or >= 19 };
            IReadOnlyList<BuildingRoute> routes;
            using (context.Progress("routing every target building to its shelter"))
            {
                routes = DrillRoutes.FromEvacuationPlan(model, path, night, targets.Select(t => t.Code).ToHashSet(StringComparer.Ordinal));
            }

            var now = DateTimeOffset.UtcNow;
            var drillId = parse.GetValue(id) ?? string.Create(CultureInfo.InvariantCulture,
                $"D{(local ?? TimeZoneInfo.ConvertTime(now, Shanghai).DateTime):yyyyMMdd}-{targets[0].Code}");
            var request = new DrillPlanRequest(
                drillId, parse.GetValue(title) ?? $"{targets[0].Name}地震应急疏散演练", drillKind, targets.Select(t => t.Name).ToList(), local,
                parse.GetValue(scenario)!, routes, parse.GetValue(cron))
            {
                EscalateAfter = TimeSpan.FromMinutes(Math.Max(1, parse.GetValue(escalate))),
            };
            var planned = DrillPlanner.Plan(request, model.Communities.Select(c => c.Name).ToList(), now);
            if (!planned.IsSuccess)
            {
                throw new UsageException("drill plan: " + planned.Message);
            }

            foreach (var warning in planned.Warnings)
            {
                context.Error.WriteLine($"seismic: warning: {warning}");
            }

            using var session = DrillsSession.Open(parse, store);
            session.Stores.Drills.SaveAsync(planned.Plan!).GetAwaiter().GetResult();
            var scheduled = DrillScheduling.Schedule(session, planned.Plan!);
            WritePlan(context.Out, planned.Plan!);
            context.Out.WriteLine($"saved to {session.Description}; {scheduled}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command BuildList(CommandContext context)
    {
        var store = new DrillsOptions();
        var command = new Command("list", "List planned drills with their T0 and live counts.");
        store.AddTo(command);
        command.SetAction(parse =>
        {
            using var session = DrillsSession.Open(parse, store);
            var plans = session.Stores.Drills.ListAsync().GetAwaiter().GetResult();
            if (plans.Count == 0)
            {
                context.Out.WriteLine($"no drills in {session.Description}; plan one with 'seismic drill plan'");
                return ExitCodes.Ok;
            }

            context.Out.WriteLine("  id                  T0 (Asia/Shanghai)  kind              communities  sent  answered  missing  title");
            foreach (var plan in plans)
            {
                var progress = DrillProgress.ComputeAsync(session.Stores, plan.Id).GetAwaiter().GetResult();
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {plan.Id,-19} {Local(plan.StartsAt),-19} {plan.Kind,-17} {plan.Communities.Count,11}  {progress.Sent,4}  "
                    + $"{progress.Acknowledged + progress.NeedHelp,8}  {progress.Missing,7}  {plan.Title}"));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command BuildShow(CommandContext context)
    {
        var id = new Argument<string>("ID") { Description = "The drill." };
        var price = new Option<decimal>("--price-per-segment")
        {
            Description = "Your provider's price of one SMS segment, for the cost estimate.", DefaultValueFactory = _ => 0.05m,
        };
        var currency = new Option<string>("--currency") { Description = "Currency of the price.", DefaultValueFactory = _ => "CNY" };
        var store = new DrillsOptions();
        var command = new Command("show", "Show a drill: MSEL, objectives, shelters, segments and cost before sending, next occurrences, live counts.")
        {
            id, price, currency,
        };
        store.AddTo(command);
        command.SetAction(parse =>
        {
            using var session = DrillsSession.Open(parse, store);
            var plan = session.Stores.Drills.GetAsync(parse.GetValue(id)!).GetAwaiter().GetResult()
                       ?? throw new UsageException($"drill {parse.GetValue(id)} does not exist in {session.Description}");
            WritePlan(context.Out, plan);
            if (plan.Cron is not null)
            {
                var next = DrillCron.NextOccurrences(plan.Cron, DateTimeOffset.UtcNow, 5);
                context.Out.WriteLine("next occurrences: " + string.Join(", ", next.Select(Local)));
            }

            if (parse.GetValue(price) < 0)
            {
                throw new UsageException("--price-per-segment must not be negative");
            }

            var ackBase = GatewaySettings.AckBase();
            DrillCostPreview.WriteAsync(context.Out, session.Stores, plan, ackBase, parse.GetValue(price), parse.GetValue(currency)!).GetAwaiter().GetResult();
            var p = DrillProgress.ComputeAsync(session.Stores, plan.Id).GetAwaiter().GetResult();
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"alarm: {p.Recipients} recipients, {p.Sent} sent, {p.Delivered} delivered, {p.Failed} failed, {p.Suppressed} opted out; "
                + $"{p.Acknowledged} safe, {p.NeedHelp} need help, {p.Missing} missing"));
            return ExitCodes.Ok;
        });
        return command;
    }

    internal static void WritePlan(TextWriter output, DrillPlan plan)
    {
        output.WriteLine($"{plan.Id} — {plan.Title} ({plan.Kind}); T0 {Local(plan.StartsAt)} Asia/Shanghai");
        output.WriteLine($"  communities: {string.Join("、", plan.Communities)}; scenario: {plan.Scenario}");
        output.WriteLine("  master scenario events list:");
        foreach (var inject in plan.Injects.OrderBy(i => i.Offset))
        {
            output.WriteLine($"    {Local(plan.StartsAt + inject.Offset)}  T{Offset(inject.Offset),-9} {inject.Id,-13} {inject.ExpectedAction}");
        }

        output.WriteLine("  objectives:");
        foreach (var objective in plan.Objectives)
        {
            output.WriteLine($"    - {objective}");
        }

        var served = plan.Routes.Where(r => r.ShelterId is not null).ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  buildings: {plan.Routes.Count}, {served.Count} with a shelter; longest walk {(served.Count == 0 ? 0 : served.Max(r => r.WalkSeconds)) / 60:0.0} min"));
        foreach (var shelter in served.GroupBy(r => r.ShelterName).OrderByDescending(g => g.Count()).Take(5))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"    {shelter.Key}: {shelter.Count()} buildings, median walk {Median(shelter.Select(r => r.WalkSeconds)) / 60:0.0} min"));
        }
    }

    internal static string Local(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, Shanghai).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string Offset(TimeSpan offset)
    {
        var sign = offset < TimeSpan.Zero ? "−" : "+";
        var a = offset.Duration();
        return sign + (a.TotalDays >= 1 && a.Hours == 0 && a.Minutes == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{a.TotalDays:0}d")
            : string.Create(CultureInfo.InvariantCulture, $"{(int)a.TotalHours}h{a.Minutes:00}"));
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[(sorted.Count - 1) / 2];
    }
}
