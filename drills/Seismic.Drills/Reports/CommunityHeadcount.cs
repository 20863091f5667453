namespace Seismic.Drills.Reports;

/// <summary>One community's (or the district's) alarm figures.</summary>
/// <param name="Community">Community name, or <c>district</c> for the total row.</param>
/// <param name="Recipients">People the alarm was for (opted-out people excluded).</param>
/// <param name="Sent">Accepted by the provider.</param>
/// <param name="Delivered">Reported delivered to the handset.</param>
/// <param name="Failed">Failed or undelivered.</param>
/// <param name="OptedOut">Not sent because the person had opted out.</param>
/// <param name="Accounted">Answered (safe or need help) after the alarm.</param>
/// <param name="NeedHelp">Answered "need help".</param>
/// <param name="Missing">Recipients who never answered.</param>
/// <param name="DeliveryRate">Delivered ÷ recipients (0–1; 0 when no recipients).</param>
/// <param name="AckRate">Accounted ÷ recipients (0–1).</param>
/// <param name="AckWithinWindowRate">Answered within the alarm's expected window ÷ recipients (0–1).</param>
/// <param name="MedianAckSeconds">Median seconds from the alarm's send to the answer; null with no answer.</param>
/// <param name="P90AckSeconds">90th percentile of the same; null with no answer.</param>
public sealed record CommunityHeadcount(
    string Community,
    int Recipients,
    int Sent,
    int Delivered,
    int Failed,
    int OptedOut,
    int Accounted,
    int NeedHelp,
    int Missing,
    double DeliveryRate,
    double AckRate,
    double AckWithinWindowRate,
    double? MedianAckSeconds,
    double? P90AckSeconds);
