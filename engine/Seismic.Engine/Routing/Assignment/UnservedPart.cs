namespace Seismic.Engine.Routing.Assignment;

/// <summary>Persons of one building left without a shelter place, and why.</summary>
/// <param name="Building">Index of the building in the problem's demands.</param>
/// <param name="Persons">Persons unserved.</param>
/// <param name="Reason">Why.</param>
public readonly record struct UnservedPart(int Building, int Persons, UnservedReason Reason);
