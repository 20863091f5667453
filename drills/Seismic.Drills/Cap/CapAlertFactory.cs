using System.Globalization;
using System.Text;
using Seismic.Drills.Plans;

namespace Seismic.Drills.Cap;

/// <summary>
/// Builds the CAP 1.2 alert of a drill inject or a real earthquake alert, with a Chinese (<c>zh-CN</c>) and an English
/// (<c>en-US</c>) info block.
/// <para>Urgency / severity / certainty mapping (CAP 1.2 §3.2.2 definitions):</para>
/// <list type="bullet">
/// <item>Drills (status Exercise). The alarm carries the values of the real alert it rehearses —
/// Immediate / Severe / Observed, responseType Evacuate — so receiving systems exercise the same path; the Exercise
/// status is what keeps them from acting on it. Announcement and reminder: Future / Minor / Likely, Prepare.
/// Escalation: Immediate / Moderate / Observed, Assess. All clear: Past / Minor / Observed, AllClear.</item>
/// <item>Real alerts (status Actual), by moment magnitude: Mw ≥ 6.0 → Immediate / Extreme / Observed (damaging shaking
/// across the district: "extraordinary threat to life or property"); 5.0 ≤ Mw &lt; 6.0 → Immediate / Severe / Observed
/// ("significant threat"); Mw &lt; 5.0 → Expected / Moderate / Observed, responseType Monitor; magnitude not yet known →
/// Immediate / Unknown / Observed. Mw ≥ 5 asks people to Evacuate to their shelters.</item>
/// </list>
/// </summary>
public static class CapAlertFactory
{
    /// <summary>The CAP alert of one drill inject.</summary>
    /// <param name="plan">The drill.</param>
    /// <param name="inject">The inject (its time T0 + offset is the alert's sent time).</param>
    /// <param name="sender">CAP sender id (no spaces, commas, &lt; or &amp;).</param>
    /// <param name="ackPageBase">The acknowledgement page base URL (CAP web), or null.</param>
    /// <param name="areas">The target communities' areas (polygons in WGS 84).</param>
    /// <param name="senderName">The office's name, or null.</param>
    /// <returns>The alert, status Exercise, scope Public.</returns>
    public static CapAlert ForDrill(DrillPlan plan, DrillInject inject, string sender, Uri? ackPageBase, IReadOnlyList<CapArea> areas, string? senderName = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(inject);
        ArgumentNullException.ThrowIfNull(areas);
        var (urgency, severity, certainty, response) = inject.Kind switch
        {
            InjectKind.Announcement or InjectKind.Reminder => (CapUrgency.Future, CapSeverity.Minor, CapCertainty.Likely, "Prepare"),
            InjectKind.Escalation => (CapUrgency.Immediate, CapSeverity.Moderate, CapCertainty.Observed, "Assess"),
            InjectKind.AllClear => (CapUrgency.Past, CapSeverity.Minor, CapCertainty.Observed, "AllClear"),
            _ => (CapUrgency.Immediate, CapSeverity.Severe, CapCertainty.Observed, "Evacuate"),
        };
        var sent = Shanghai(plan.StartsAt + inject.Offset);
        var (zhLabel, enLabel, zhInstruction) = inject.Kind switch
        {
            InjectKind.Announcement => ("演练通知", "exercise announcement", "请记下演练时间和您的避难场所。"),
            InjectKind.Reminder => ("演练提醒", "exercise reminder", "请确认参加演练。"),
            InjectKind.Escalation => ("未确认人员升级通报", "escalation of people not accounted for", "请联系尚未确认的人员并回报。"),
            InjectKind.AllClear => ("演练结束", "exercise over, all clear", "演练结束，请有序返回。"),
            _ => ("演练警报", "exercise alarm", "请立即前往指定避难场所，到达后通过短信或链接报平安。"),
        };
        var communities = string.Join("、", plan.Communities);
        var infos = new List<CapInfo>
        {
            new("zh-CN", "地震应急演练", response, urgency, severity, certainty, senderName,
                $"【演练】{plan.Title}：{zhLabel}",
                $"这是演练，不是真实地震。演练情景：{plan.Scenario}。对象：{communities}。",
                zhInstruction, ackPageBase, areas),
            new("en-US", "Earthquake exercise", response, urgency, severity, certainty, senderName,
                $"[EXERCISE] {plan.Title}: {enLabel}",
                $"This is an exercise, not a real earthquake. Scenario: {plan.Scenario}. Communities: {string.Join(", ", plan.Communities)}.",
                inject.ExpectedAction, ackPageBase, areas),
        };
        return new CapAlert(
            Identifier(plan.Id + "." + inject.Id), sender, sent, CapStatus.Exercise, "Alert", CapScope.Public, null, null,
            $"Exercise {plan.Id}: {plan.Title}", infos);
    }

    /// <summary>The CAP alert of a real earthquake alert.</summary>
    /// <param name="alertId">The alert id.</param>
    /// <param name="sender">CAP sender id.</param>
    /// <param name="issuedAt">When the office issued it.</param>
    /// <param name="magnitude">Moment magnitude, or null when not yet known.</param>
    /// <param name="headline">The headline (office's language).</param>
    /// <param name="text">The office's instruction text.</param>
    /// <param name="ackPageBase">The acknowledgement page base URL, or null.</param>
    /// <param name="areas">Target areas.</param>
    /// <param name="senderName">The office's name, or null.</param>
    /// <returns>The alert, status Actual, scope Public.</returns>
    public static CapAlert ForRealAlert(
        string alertId, string sender, DateTimeOffset issuedAt, double? magnitude, string headline, string text, Uri? ackPageBase,
        IReadOnlyList<CapArea> areas, string? senderName = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(alertId);
        ArgumentNullException.ThrowIfNull(areas);
        var (urgency, severity, response) = magnitude switch
        {
            null => (CapUrgency.Immediate, CapSeverity.Unknown, "Evacuate"),
            >= 6.0 => (CapUrgency.Immediate, CapSeverity.Extreme, "Evacuate"),
            >= 5.0 => (CapUrgency.Immediate, CapSeverity.Severe, "Evacuate"),
            _ => (CapUrgency.Expected, CapSeverity.Moderate, "Monitor"),
        };
        var mw = magnitude is { } m ? m.ToString("0.0", CultureInfo.InvariantCulture) : "?";
        var infos = new List<CapInfo>
        {
            new("zh-CN", "地震", response, urgency, severity, CapCertainty.Observed, senderName, headline,
                $"发生 Mw {mw} 级地震。{text}", text, ackPageBase, areas),
            new("en-US", "Earthquake", response, urgency, severity, CapCertainty.Observed, senderName, headline,
                $"An Mw {mw} earthquake has occurred. {text}", text, ackPageBase, areas),
        };
        return new CapAlert(Identifier("alert." + alertId), sender, Shanghai(issuedAt), CapStatus.Actual, "Alert", CapScope.Public, null, null, null, infos);
    }

    // CAP identifiers may not hold spaces, commas, '<' or '&'; ids are made safe rather than refused.
    private static string Identifier(string raw)
    {
        var sb = new StringBuilder(raw.Length);
        foreach (var c in raw)
        {
            sb.Append(c is ' ' or ',' or '<' or '&' ? '_' : c);
        }

        return sb.ToString();
    }

    private static DateTimeOffset Shanghai(DateTimeOffset t) => Common.ShanghaiTime.ToLocal(t);
}
