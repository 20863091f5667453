namespace Seismic.GeoData.Evacuation;

/// <summary>One building's scenario outcome, as read back from a scenario folder's buildings.csv.</summary>
/// <param name="PgaG">Median PGA of the building's site cell, g.</param>
/// <param name="ExtensiveProbability">Mean P(≥ extensive damage).</param>
/// <param name="CompleteProbability">Mean P(complete damage).</param>
/// <param name="CollapseProbability">Mean P(collapse).</param>
public readonly record struct ScenarioBuildingDamage(
    double PgaG, double ExtensiveProbability, double CompleteProbability, double CollapseProbability);
