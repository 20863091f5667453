namespace Seismic.Drills.Reports;

/// <summary>A measurable objective and whether the drill met it.</summary>
/// <param name="Objective">The objective in words.</param>
/// <param name="Target">The target, e.g. "≥ 90 %".</param>
/// <param name="Observed">The observed value, e.g. "84.0 %".</param>
/// <param name="Met">True when met.</param>
public sealed record ObjectiveResult(string Objective, string Target, string Observed, bool Met);
