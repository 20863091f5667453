namespace Seismic.Engine.Routing.Assignment;

/// <summary>Persons of one building sent to one shelter; a building split between shelters has several parts.</summary>
/// <param name="Building">Index of the building in the problem's demands.</param>
/// <param name="Shelter">Index of the shelter in the problem's shelters.</param>
/// <param name="Persons">Persons sent.</param>
/// <param name="DistanceM">Walking distance, metres.</param>
/// <param name="WalkSeconds">Walking time, seconds.</param>
/// <param name="OverRadius">The walk exceeds the shelter's service radius.</param>
public readonly record struct AllocationPart(
    int Building, int Shelter, int Persons, double DistanceM, double WalkSeconds, bool OverRadius);
