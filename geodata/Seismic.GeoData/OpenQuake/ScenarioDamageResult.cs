using Seismic.Engine.Risk;

namespace Seismic.GeoData.OpenQuake;

/// <summary>What <see cref="ScenarioDamageRunner.Run"/> computed and wrote.</summary>
/// <param name="Assets">The exposure's assets, in file order (statistics row a is Assets[a]).</param>
/// <param name="DamageStates">Damage-state names, no_damage first, as in the fragility model.</param>
/// <param name="Statistics">Mean and sample standard deviation per asset and damage state (NaN rows for unassigned assets).</param>
/// <param name="EventCount">Number of ground-motion events.</param>
/// <param name="Unassigned">Assets with no site within the distance: absent from the CSV, listed here for the report.</param>
/// <param name="OutputPath">The CSV written.</param>
public sealed record ScenarioDamageResult(
    IReadOnlyList<ExposureAsset> Assets,
    IReadOnlyList<string> DamageStates,
    ScenarioDamageStatistics Statistics,
    int EventCount,
    IReadOnlyList<UnassignedAsset> Unassigned,
    string OutputPath);
