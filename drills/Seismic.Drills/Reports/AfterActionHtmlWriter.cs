using System.Globalization;
using System.Net;
using System.Text;
using Seismic.Drills.Common;

namespace Seismic.Drills.Reports;

/// <summary>
/// The report as one self-contained HTML page (inline style, no scripts, no external fonts or CDN), labels in Chinese
/// and English. Every text that comes from users — titles, names, communities, scenario — is HTML-escaped.
/// </summary>
public static class AfterActionHtmlWriter
{
    private const string Style =
        "body{font-family:system-ui,'Noto Sans CJK SC','Microsoft YaHei',sans-serif;margin:2em;color:#222}" +
        "h1{font-size:1.5em}h2{font-size:1.15em;margin-top:1.6em;border-bottom:1px solid #ccc}" +
        "table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:.25em .6em;text-align:left}" +
        "td.n{text-align:right}.met{color:#1a7f37}.miss{color:#b42318;font-weight:bold}.muted{color:#666}";

    /// <summary>Writes the HTML page.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The HTML document.</returns>
    public static string Write(AfterActionReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder(16_384);
        sb.Append("<!DOCTYPE html>\n<html lang=\"zh-Hans\">\n<head><meta charset=\"utf-8\"><title>")
          .Append(E("演练总结报告 After-action report — " + report.Title)).Append("</title><style>").Append(Style).Append("</style></head>\n<body>\n");
        sb.Append("<h1>演练总结报告 After-action report: ").Append(E(report.Title)).Append("</h1>\n<p>")
          .Append("演练编号 Drill ").Append(E(report.DrillId)).Append(" · 类型 Kind ").Append(E(report.Kind.ToString()))
          .Append(" · T0 ").Append(E(ShanghaiTime.Format(report.StartsAt))).Append(" (Asia/Shanghai)<br>")
          .Append("情景 Scenario: ").Append(E(report.Scenario)).Append("<br><span class=\"muted\">生成时间 Generated ")
          .Append(E(ShanghaiTime.Format(report.GeneratedAt))).Append("</span></p>\n");

        var d = report.District;
        sb.Append("<h2>总体 Summary</h2>\n<table>\n");
        Pair(sb, "接收人数 Recipients", d.Recipients.ToString(c));
        Pair(sb, "已发送 Sent", d.Sent.ToString(c));
        Pair(sb, "已送达 Delivered", d.Delivered.ToString(c));
        Pair(sb, "失败 Failed", d.Failed.ToString(c));
        Pair(sb, "已退订 Opted out", d.OptedOut.ToString(c));
        Pair(sb, "送达率 Delivery rate", AfterActionReport.Pct(d.DeliveryRate));
        Pair(sb, "确认率 Acknowledgement rate", AfterActionReport.Pct(d.AckRate));
        Pair(sb, "确认时间中位数 Median time to acknowledge", Minutes(d.MedianAckSeconds));
        Pair(sb, "确认时间第90百分位 90th-percentile time to acknowledge", Minutes(d.P90AckSeconds));
        Pair(sb, "升级通报 Escalations", string.Create(c, $"{report.EscalationMessages} messages, {report.EscalationLevels} levels"));
        Pair(sb, "求助 Need help", report.NeedHelp.Count.ToString(c));
        Pair(sb, "未确认 Missing", d.Missing.ToString(c));
        sb.Append("</table>\n");

        sb.Append("<h2>目标达成 Objectives</h2>\n<table><tr><th>目标 Objective</th><th>指标 Target</th><th>实际 Observed</th><th>结果 Result</th></tr>\n");
        foreach (var o in report.Objectives)
        {
            sb.Append("<tr><td>").Append(E(o.Objective)).Append("</td><td>").Append(E(o.Target)).Append("</td><td>")
              .Append(E(o.Observed)).Append("</td><td>").Append(Met(o.Met)).Append("</td></tr>\n");
        }

        sb.Append("</table>\n");
        if (report.PlanObjectives.Count > 0)
        {
            sb.Append("<p>计划目标 Plan objectives:</p><ul>\n");
            foreach (var o in report.PlanObjectives)
            {
                sb.Append("<li>").Append(E(o)).Append("</li>\n");
            }

            sb.Append("</ul>\n");
        }

        sb.Append("<h2>社区人员清点 Headcount by community</h2>\n<table><tr><th>社区 Community</th><th>人数 Recipients</th><th>送达 Delivered</th>")
          .Append("<th>已确认 Accounted</th><th>求助 Need help</th><th>未确认 Missing</th><th>确认率 Ack rate</th><th>中位数 Median</th><th>P90</th></tr>\n");
        foreach (var h in report.Communities)
        {
            HeadcountRow(sb, h, h.Community);
        }

        HeadcountRow(sb, d, "全区 District");
        sb.Append("</table>\n");

        sb.Append("<h2>情景事件 MSEL: planned vs observed</h2>\n<table><tr><th>事件 Inject</th><th>计划 Planned</th><th>首发 First sent</th>")
          .Append("<th>条数 Messages</th><th>预期 Expected</th><th>实际 Observed</th><th>结果 Result</th></tr>\n");
        foreach (var i in report.Injects)
        {
            sb.Append("<tr><td>").Append(E(i.InjectId)).Append("</td><td>").Append(E(ShanghaiTime.Format(i.PlannedAt))).Append("</td><td>")
              .Append(i.FirstSentAt is { } f ? E(ShanghaiTime.Format(f)) : "—").Append("</td><td class=\"n\">").Append(i.Messages.ToString(c))
              .Append("</td><td>").Append(E(i.ExpectedAction)).Append(i.ExpectedWithin is { } w ? E(string.Create(c, $" (≤ {w.TotalMinutes:0} min)")) : string.Empty)
              .Append("</td><td>").Append(i.ObservedWithin is { } o ? E(string.Create(c, $"{o.TotalMinutes:0.0} min")) : "—")
              .Append("</td><td>").Append(i.Met is { } m ? Met(m) : "<span class=\"muted\">—</span>").Append("</td></tr>\n");
        }

        sb.Append("</table>\n");

        sb.Append("<h2>求助名单 Need help</h2>\n");
        if (report.NeedHelp.Count == 0)
        {
            sb.Append("<p>无 None</p>\n");
        }
        else
        {
            sb.Append("<table><tr><th>姓名 Name</th><th>社区 Community</th><th>电话 Phone</th><th>时间 Time</th></tr>\n");
            foreach (var n in report.NeedHelp)
            {
                sb.Append("<tr><td>").Append(E(n.Name)).Append("</td><td>").Append(E(n.Community)).Append("</td><td>")
                  .Append(E(n.Phone)).Append("</td><td>").Append(E(ShanghaiTime.Format(n.At))).Append("</td></tr>\n");
            }

            sb.Append("</table>\n");
        }

        sb.Append("<h2>改进计划 Improvement plan</h2>\n");
        if (report.Improvements.Count == 0)
        {
            sb.Append("<p>未发现与目标的差距 No shortfall against the objectives.</p>\n");
        }
        else
        {
            sb.Append("<table><tr><th>范围 Area</th><th>发现 Finding</th><th>改进措施 Recommendation</th></tr>\n");
            foreach (var item in report.Improvements)
            {
                sb.Append("<tr><td>").Append(E(item.Area)).Append("</td><td>").Append(E(item.Finding)).Append("</td><td>")
                  .Append(E(item.Recommendation)).Append("</td></tr>\n");
            }

            sb.Append("</table>\n");
        }

        sb.Append("</body>\n</html>\n");
        return sb.ToString();
    }

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    private static string Met(bool met) => met ? "<span class=\"met\">达成 met</span>" : "<span class=\"miss\">未达成 not met</span>";

    private static string Minutes(double? seconds) =>
        seconds is { } s ? (s / 60).ToString("0.0", CultureInfo.InvariantCulture) + " min" : "—";

    private static void Pair(StringBuilder sb, string label, string value) =>
        sb.Append("<tr><th>").Append(E(label)).Append("</th><td class=\"n\">").Append(E(value)).Append("</td></tr>\n");

    private static void HeadcountRow(StringBuilder sb, CommunityHeadcount h, string label)
    {
        var c = CultureInfo.InvariantCulture;
        sb.Append("<tr><td>").Append(E(label)).Append("</td><td class=\"n\">").Append(h.Recipients.ToString(c))
          .Append("</td><td class=\"n\">").Append(h.Delivered.ToString(c)).Append("</td><td class=\"n\">").Append(h.Accounted.ToString(c))
          .Append("</td><td class=\"n\">").Append(h.NeedHelp.ToString(c)).Append("</td><td class=\"n\">").Append(h.Missing.ToString(c))
          .Append("</td><td class=\"n\">").Append(E(AfterActionReport.Pct(h.AckRate))).Append("</td><td class=\"n\">")
          .Append(E(Minutes(h.MedianAckSeconds))).Append("</td><td class=\"n\">").Append(E(Minutes(h.P90AckSeconds))).Append("</td></tr>\n");
    }
}
