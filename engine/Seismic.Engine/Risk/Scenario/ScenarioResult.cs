namespace Seismic.Engine.Risk.Scenario;

/// <summary>Outcome of a scenario run.</summary>
/// <param name="Definition">The scenario.</param>
/// <param name="Buildings">Per-building means.</param>
/// <param name="Communities">Per-community summaries, in <see cref="ScenarioInputs.CommunityNames"/> order.</param>
/// <param name="Streets">Per-street summaries, in <see cref="ScenarioInputs.StreetNames"/> order.</param>
/// <param name="District">District totals.</param>
/// <param name="Ground">The site grid and median ground motion the realizations were drawn around.</param>
public sealed record ScenarioResult(
    ScenarioDefinition Definition,
    ScenarioBuildingResults Buildings,
    IReadOnlyList<ScenarioAreaSummary> Communities,
    IReadOnlyList<ScenarioAreaSummary> Streets,
    ScenarioAreaSummary District,
    ScenarioGroundMotion Ground)
{
    /// <summary>Number of site-grid cells the ground motion was computed on.</summary>
    public int SiteCells => Ground.Grid.CellCount;

    /// <summary>The communities with the highest mean intensity, highest first (ties by name); areas without
    /// buildings are left out.</summary>
    /// <param name="count">Largest number of communities to return, ≥ 0.</param>
    /// <returns>The communities.</returns>
    public IReadOnlyList<ScenarioAreaSummary> HighestIntensityCommunities(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return Communities
            .Where(c => !double.IsNaN(c.Intensity.Mean))
            .OrderByDescending(c => c.Intensity.Mean)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(count)
            .ToList();
    }
}
