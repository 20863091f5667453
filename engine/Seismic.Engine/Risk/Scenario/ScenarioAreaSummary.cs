namespace Seismic.Engine.Risk.Scenario;

/// <summary>Scenario outcome for one community, street or the whole district, over the realizations (intensity over the buildings).</summary>
/// <param name="Name">Area label.</param>
/// <param name="Buildings">Buildings in the area.</param>
/// <param name="Residents">Residents in the area.</param>
/// <param name="Collapsed">Expected collapsed buildings.</param>
/// <param name="AtLeastExtensive">Expected buildings with extensive or complete damage.</param>
/// <param name="Severity1">Casualties of HAZUS severity 1 (minor injuries).</param>
/// <param name="Severity2">Casualties of severity 2 (hospital treatment).</param>
/// <param name="Severity3">Casualties of severity 3 (life-threatening).</param>
/// <param name="Severity4">Casualties of severity 4 (killed).</param>
/// <param name="Displaced">Displaced residents = shelter demand.</param>
/// <param name="Intensity">
/// GB/T 17742-2020 instrumental intensity of the representative (median) motion at the area's buildings: the mean
/// and the 5/50/95th percentiles over the buildings (not over the realizations, unlike the other statistics); NaN
/// for an area without buildings.
/// </param>
public sealed record ScenarioAreaSummary(
    string Name,
    int Buildings,
    double Residents,
    ScenarioStatistic Collapsed,
    ScenarioStatistic AtLeastExtensive,
    ScenarioStatistic Severity1,
    ScenarioStatistic Severity2,
    ScenarioStatistic Severity3,
    ScenarioStatistic Severity4,
    ScenarioStatistic Displaced,
    ScenarioStatistic Intensity);
