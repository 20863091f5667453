namespace Seismic.Drills.Reports;

/// <summary>Targets the after-action report measures against.</summary>
/// <param name="AckRateObjective">Share of alarm recipients expected to acknowledge within the alarm's window (0–1).</param>
/// <param name="DeliveryRateObjective">Share of alarm messages expected to reach handsets (0–1).</param>
/// <param name="SendTolerance">How late an inject may go out and still count as on time.</param>
/// <param name="ArrivalMargin">Added to the longest route's walk for the arrival objective (the planner's default, 5 min).</param>
public sealed record AfterActionOptions(
    double AckRateObjective = 0.9, double DeliveryRateObjective = 0.95, TimeSpan? SendTolerance = null, TimeSpan? ArrivalMargin = null)
{
    /// <summary>The arrival margin (5 minutes unless set).</summary>
    public TimeSpan EffectiveArrivalMargin => ArrivalMargin ?? TimeSpan.FromMinutes(5);

    /// <summary>The send tolerance (5 minutes unless set).</summary>
    public TimeSpan EffectiveSendTolerance => SendTolerance ?? TimeSpan.FromMinutes(5);
}
