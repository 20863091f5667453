namespace Seismic.GeoData.OpenQuake;

/// <summary>An OpenQuake exposure model.</summary>
/// <param name="Id">Model identifier, empty when none.</param>
/// <param name="Category">Asset category, e.g. "buildings".</param>
/// <param name="CostTypes">Declared cost types, e.g. structural, nonstructural, contents.</param>
/// <param name="Assets">The assets, in file order.</param>
public sealed record ExposureModel(string Id, string Category, IReadOnlyList<string> CostTypes, IReadOnlyList<ExposureAsset> Assets);
