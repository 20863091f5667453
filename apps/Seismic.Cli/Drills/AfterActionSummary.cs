using System.Globalization;
using System.Text;
using Seismic.Drills.Reports;

namespace Seismic.Cli.Drills;

/// <summary>The after-action report's headline figures for the console.</summary>
internal static class AfterActionSummary
{
    public static string Format(AfterActionReport report)
    {
        var c = CultureInfo.InvariantCulture;
        var d = report.District;
        var text = new StringBuilder();
        text.AppendLine(string.Create(c, $"after-action report {report.DrillId} — {report.Title}"));
        text.AppendLine(string.Create(c,
            $"  recipients {d.Recipients}: delivered {d.Delivered} ({d.DeliveryRate:P1}), failed {d.Failed}, opted out {d.OptedOut}"));
        text.AppendLine(string.Create(c,
            $"  accounted {d.Accounted} ({d.AckRate:P1}), need help {d.NeedHelp}, missing {d.Missing}; "
            + $"time to answer median {Minutes(d.MedianAckSeconds)}, 90th percentile {Minutes(d.P90AckSeconds)}"));
        text.AppendLine(string.Create(c, $"  escalations: {report.EscalationMessages} messages over {report.EscalationLevels} level(s)"));
        foreach (var objective in report.Objectives)
        {
            text.AppendLine(string.Create(c, $"  [{(objective.Met ? "met" : "NOT met")}] {objective.Objective}: {objective.Observed} (target {objective.Target})"));
        }

        foreach (var help in report.NeedHelp.Take(5))
        {
            text.AppendLine(string.Create(c, $"  need help: {help.Name} ({help.Community}) {help.Phone}"));
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>Seconds as "4.2 min", or a dash when there is no value.</summary>
    internal static string Minutes(double? seconds) =>
        seconds is { } s ? string.Create(CultureInfo.InvariantCulture, $"{s / 60:0.0} min") : "—";
}
