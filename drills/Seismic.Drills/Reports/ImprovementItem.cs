namespace Seismic.Drills.Reports;

/// <summary>One line of the improvement plan (HSEEP): what fell short, where, and what to do.</summary>
/// <param name="Area">The community, inject or "district" concerned.</param>
/// <param name="Finding">What was observed, with the figures.</param>
/// <param name="Recommendation">The corrective action.</param>
public sealed record ImprovementItem(string Area, string Finding, string Recommendation);
