namespace Seismic.GeoData.Evacuation;

/// <summary>A network component holding buildings but no shelter: everyone in it is unserved.</summary>
/// <param name="Component">Component id of the pedestrian graph (−1: buildings that could not be snapped at all).</param>
/// <param name="Persons">Persons in its buildings.</param>
/// <param name="BuildingIds">The buildings in it.</param>
public sealed record UnreachableComponent(int Component, long Persons, IReadOnlyList<string> BuildingIds);
