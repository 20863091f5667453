namespace Seismic.GeoData.Evacuation;

/// <summary>A congested edge of the evacuation, named by its road.</summary>
/// <param name="Edge">Edge index in the pedestrian graph.</param>
/// <param name="RoadId">Id of the road the edge belongs to.</param>
/// <param name="RoadName">The road's name, or "unnamed CLASS road ID" when it has none.</param>
/// <param name="WidthM">Clear width, metres.</param>
/// <param name="CapacityPps">Flow capacity, persons per second.</param>
/// <param name="Persons">Persons who walked it.</param>
/// <param name="SaturatedSeconds">Time during which its capacity was fully used, seconds.</param>
/// <param name="DelayedPersons">Persons who had to wait to enter it.</param>
/// <param name="MeanWaitSeconds">Their mean wait, seconds (0 when nobody waited).</param>
/// <param name="IntoShelter">Name of the shelter whose entrance the edge ends at (a gate to widen or to add beside),
/// null for a street between intersections.</param>
public sealed record ClearanceBottleneck(
    int Edge, long RoadId, string RoadName, double WidthM, double CapacityPps, long Persons, double SaturatedSeconds,
    long DelayedPersons, double MeanWaitSeconds, string? IntoShelter = null);
