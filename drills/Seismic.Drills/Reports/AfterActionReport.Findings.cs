using System.Globalization;
using Seismic.Drills.Outbox;

namespace Seismic.Drills.Reports;

public sealed partial record AfterActionReport
{
    // Rule-based improvement plan: each shortfall against an objective becomes a finding with a corrective action.
    private static List<ImprovementItem> Findings(
        List<CommunityHeadcount> communities,
        CommunityHeadcount district,
        List<InjectObservation> injects,
        IReadOnlyList<OutboxMessage> outbox,
        List<NeedHelpEntry> needHelp,
        int escalationLevels,
        TimeSpan window,
        AfterActionOptions options)
    {
        var c = CultureInfo.InvariantCulture;
        var items = new List<ImprovementItem>();
        foreach (var h in communities)
        {
            if (h.Recipients == 0)
            {
                continue;
            }

            if (h.AckRate < options.AckRateObjective)
            {
                items.Add(new ImprovementItem(h.Community,
                    $"acknowledgement rate {Pct(h.AckRate)} < objective {Pct(options.AckRateObjective)} ({h.Missing} of {h.Recipients} missing)",
                    "re-train volunteers on answering (reply 1/2 or tap the link); check the numbers of the people missing"));
            }

            if (h.DeliveryRate < options.DeliveryRateObjective && h.Failed > 0)
            {
                items.Add(new ImprovementItem(h.Community,
                    $"delivery rate {Pct(h.DeliveryRate)} < objective {Pct(options.DeliveryRateObjective)}; {h.Failed} messages failed",
                    "verify the failed numbers with the people concerned and update the roster"));
            }
        }

        var optedOutAtProvider = outbox.Count(r => r.ErrorCode == "21610");
        if (optedOutAtProvider > 0)
        {
            items.Add(new ImprovementItem("district",
                string.Create(c, $"{optedOutAtProvider} messages refused because the recipient had replied STOP (21610)"),
                "ask these people whether they still want drill messages; they must reply START to receive them"));
        }

        if (needHelp.Count > 0)
        {
            items.Add(new ImprovementItem("district",
                string.Create(c, $"{needHelp.Count} people asked for help"),
                "follow up each one; review first-aid and search-and-rescue cover in their communities"));
        }

        if (district.P90AckSeconds is { } p90 && p90 > window.TotalSeconds)
        {
            items.Add(new ImprovementItem("alarm",
                string.Create(c, $"90th-percentile time to acknowledge {p90 / 60:0.0} min > {window.TotalMinutes:0} min"),
                "practise the alarm routine; keep the alarm text short with the answer options first"));
        }

        foreach (var i in injects)
        {
            if (i.SentOnTime == false && i.FirstSentAt is { } f)
            {
                items.Add(new ImprovementItem(i.InjectId,
                    string.Create(c, $"first message {(f - i.PlannedAt).TotalMinutes:0} min after schedule"),
                    "check the worker was running and the send rate; quiet hours hold drill messages until 07:00"));
            }
        }

        if (escalationLevels >= 2)
        {
            items.Add(new ImprovementItem("escalation",
                "escalation reached the coordinators",
                "review the assistants' contact lists and how fast they reach missing volunteers"));
        }

        return items;
    }
}
