using System.Globalization;
using Seismic.Drills.Common;
using Seismic.Drills.Messages;

namespace Seismic.Drills.Plans;

/// <summary>
/// Builds a drill plan with the default master scenario events list (HSEEP): announcement T−7 d, reminder T−1 d,
/// alarm at T0 (acknowledge within 15 min; reach the shelter within the longest route's walk plus a margin),
/// escalation to assistants at T0+N and to coordinators at T0+2N (N = escalate-after, 15 min by default), all clear
/// at T0+60 min; and SMART objectives the after-action report checks. Pure: the caller passes "now".
/// </summary>
public static class DrillPlanner
{
    /// <summary>Inject id of the announcement.</summary>
    public const string AnnounceId = "announce";

    /// <summary>Inject id of the reminder.</summary>
    public const string RemindId = "remind";

    /// <summary>Inject id of the alarm.</summary>
    public const string AlarmId = "alarm";

    /// <summary>Inject id of the first escalation (to assistants).</summary>
    public const string Escalation1Id = "escalation-1";

    /// <summary>Inject id of the second escalation (to coordinators).</summary>
    public const string Escalation2Id = "escalation-2";

    /// <summary>Inject id of the all clear.</summary>
    public const string AllClearId = "all-clear";

    /// <summary>Plans a drill.</summary>
    /// <param name="request">What the coordinator asks for.</param>
    /// <param name="knownCommunities">The district's community names; null to skip the check.</param>
    /// <param name="now">The current instant (T0 must be later).</param>
    /// <returns>The plan, or every error.</returns>
    public static DrillPlanResult Plan(DrillPlanRequest request, IReadOnlyCollection<string>? knownCommunities, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new List<string>();
        var warnings = new List<string>();
        if (string.IsNullOrWhiteSpace(request.Id))
        {
            errors.Add("id is empty; give the drill an id such as D2026-0001");
        }

        if (string.IsNullOrWhiteSpace(request.Title))
        {
            errors.Add("title is empty; it is shown in every message");
        }

        if (request.Communities.Count == 0)
        {
            errors.Add("no target community; name at least one");
        }

        if (knownCommunities is not null)
        {
            var known = new HashSet<string>(knownCommunities, StringComparer.Ordinal);
            foreach (var c in request.Communities)
            {
                if (!known.Contains(c))
                {
                    errors.Add($"unknown community '{c}'; use a name from the district model (seismic district communities)");
                }
            }
        }

        if (request.EscalateAfter <= TimeSpan.Zero)
        {
            errors.Add("escalate-after must be positive");
        }
        else if (request.AllClearAfter <= request.EscalateAfter * 2)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture,
                $"all clear at T0+{request.AllClearAfter.TotalMinutes:0} min must come after the second escalation at T0+{(request.EscalateAfter * 2).TotalMinutes:0} min"));
        }

        if (request.AcknowledgeWithin <= TimeSpan.Zero)
        {
            errors.Add("acknowledge-within must be positive");
        }

        if (request.AckRateObjective is <= 0 or > 1 || double.IsNaN(request.AckRateObjective))
        {
            errors.Add("acknowledgement objective must be a share in (0, 1], e.g. 0.9");
        }

        DateTimeOffset? t0 = null;
        if (request.Cron is not null && !DrillCron.TryValidate(request.Cron, out var cronError))
        {
            errors.Add(cronError);
        }
        else if (request.LocalStart is { } local)
        {
            t0 = ShanghaiTime.FromLocal(local);
        }
        else if (request.Cron is not null)
        {
            var next = DrillCron.NextOccurrences(request.Cron, now, 1);
            if (next.Count > 0)
            {
                t0 = next[0];
            }
            else
            {
                errors.Add($"cron '{request.Cron}' has no future occurrence");
            }
        }
        else
        {
            errors.Add("no start time; give T0 (Asia/Shanghai) or a cron expression for a recurring training");
        }

        if (t0 is { } start && start <= now)
        {
            errors.Add($"T0 {ShanghaiTime.Format(start)} (Asia/Shanghai) is in the past; now is {ShanghaiTime.Format(now)}");
        }

        if (errors.Count > 0 || t0 is null)
        {
            return new DrillPlanResult(null, errors, warnings);
        }

        var targets = new HashSet<string>(request.Communities, StringComparer.Ordinal);
        var routes = request.Routes.Where(r => targets.Contains(r.Community)).ToList();
        var longestWalk = 0.0;
        foreach (var r in routes)
        {
            if (r.ShelterId is not null && double.IsFinite(r.WalkSeconds))
            {
                longestWalk = Math.Max(longestWalk, r.WalkSeconds);
            }
        }

        foreach (var group in routes.Where(r => r.ShelterId is null).GroupBy(r => r.Community, StringComparer.Ordinal))
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"{group.Count()} buildings in {group.Key} have no shelter in the evacuation plan; their people get 'nearest shelter'"));
        }

        if (request.Kind == DrillKind.EvacuationDrill && routes.Count == 0)
        {
            warnings.Add("no building routes for the target communities; messages name no shelter and the arrival objective is left out");
        }

        var arrival = TimeSpan.FromSeconds(Math.Ceiling(longestWalk / 60.0) * 60.0) + request.ArrivalMargin;
        var injects = Injects(request, t0.Value, now, arrival, routes.Count > 0, warnings);
        var objectives = Objectives(request, arrival, longestWalk, routes.Count > 0);
        var plan = new DrillPlan(
            request.Id, request.Title, request.Kind, [.. request.Communities], t0.Value, request.Scenario, request.Cron,
            injects, objectives, request.EscalateAfter, routes);
        return new DrillPlanResult(plan, [], warnings);
    }

    private static List<DrillInject> Injects(
        DrillPlanRequest request, DateTimeOffset t0, DateTimeOffset now, TimeSpan arrival, bool hasRoutes, List<string> warnings)
    {
        var injects = new List<DrillInject>();
        void Early(bool wanted, string id, InjectKind kind, TimeSpan offset, string action)
        {
            if (!wanted)
            {
                return;
            }

            if (t0 + offset <= now && !request.KeepPastEarlyInjects)
            {
                warnings.Add($"{id} at {ShanghaiTime.Format(t0 + offset)} would already be past; left out");
                return;
            }

            injects.Add(new DrillInject(id, kind, offset, TemplateCatalog.DefaultTemplateId(kind), action, null));
        }

        Early(request.Announce, AnnounceId, InjectKind.Announcement, TimeSpan.FromDays(-7), "read the announcement and note the date and shelter");
        Early(request.Remind, RemindId, InjectKind.Reminder, TimeSpan.FromDays(-1), "note the time and the shelter");

        var alarmAction = hasRoutes && request.Kind == DrillKind.EvacuationDrill
            ? string.Create(CultureInfo.InvariantCulture,
                $"acknowledge (reply 1/2 or tap the link) within {request.AcknowledgeWithin.TotalMinutes:0} min; reach the shelter within {arrival.TotalMinutes:0} min")
            : string.Create(CultureInfo.InvariantCulture, $"acknowledge (reply 1/2 or tap the link) within {request.AcknowledgeWithin.TotalMinutes:0} min");
        injects.Add(new DrillInject(AlarmId, InjectKind.Alarm, TimeSpan.Zero, TemplateCatalog.Alarm, alarmAction, request.AcknowledgeWithin));
        injects.Add(new DrillInject(Escalation1Id, InjectKind.Escalation, request.EscalateAfter, TemplateCatalog.EscalationToAssistants,
            "assistants contact every volunteer still missing", request.EscalateAfter));
        injects.Add(new DrillInject(Escalation2Id, InjectKind.Escalation, request.EscalateAfter * 2, TemplateCatalog.EscalationToCoordinators,
            "coordinator decides on a search for people still missing", request.EscalateAfter));
        injects.Add(new DrillInject(AllClearId, InjectKind.AllClear, request.AllClearAfter, TemplateCatalog.AllClear,
            "return home; late acknowledgements still counted", null));
        return injects;
    }

    private static List<string> Objectives(DrillPlanRequest request, TimeSpan arrival, double longestWalkSeconds, bool hasRoutes)
    {
        var c = CultureInfo.InvariantCulture;
        var list = new List<string>
        {
            string.Format(c, "At least {0:0} % of target volunteers acknowledge the alarm within {1:0} minutes of T0.",
                request.AckRateObjective * 100, request.AcknowledgeWithin.TotalMinutes),
            "At least 95 % of alarm messages are delivered to handsets.",
            string.Format(c, "Assistants reach every volunteer still missing within {0:0} minutes of the first escalation.",
                request.EscalateAfter.TotalMinutes),
        };
        if (hasRoutes && request.Kind == DrillKind.EvacuationDrill)
        {
            list.Add(string.Format(c, "Every participant reports arrival at the assigned shelter within {0:0} minutes of the alarm (longest route {1:0} min + {2:0} min margin).",
                arrival.TotalMinutes, Math.Ceiling(longestWalkSeconds / 60.0), request.ArrivalMargin.TotalMinutes));
        }

        return list;
    }
}
