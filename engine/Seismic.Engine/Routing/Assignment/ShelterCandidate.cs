namespace Seismic.Engine.Routing.Assignment;

/// <summary>One of the shelters a building may be sent to, with the walk to it.</summary>
/// <param name="Shelter">Index of the shelter in the problem's shelter list.</param>
/// <param name="DistanceM">Network walking distance, snap legs included, metres.</param>
/// <param name="WalkSeconds">Walking time, seconds.</param>
public readonly record struct ShelterCandidate(int Shelter, double DistanceM, double WalkSeconds);
