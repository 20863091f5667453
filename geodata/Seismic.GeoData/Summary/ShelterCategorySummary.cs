namespace Seismic.GeoData.Summary;

/// <summary>Shelters of one category.</summary>
/// <param name="Category">Category as stored text: class_i, class_ii, class_iii, immediate, fixed, candidate.</param>
/// <param name="Count">Number of shelters.</param>
/// <param name="CapacityPersons">Sum of their capacities.</param>
/// <param name="UsableAreaM2">Sum of their usable areas, m².</param>
public sealed record ShelterCategorySummary(string Category, int Count, long CapacityPersons, double UsableAreaM2);
