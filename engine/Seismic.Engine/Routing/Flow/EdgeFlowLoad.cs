namespace Seismic.Engine.Routing.Flow;

/// <summary>What the evacuation did to one edge.</summary>
/// <param name="Persons">Persons who walked it.</param>
/// <param name="SaturatedSteps">Time steps in which its capacity was fully reserved.</param>
/// <param name="DelayedPersons">Persons who had to wait before entering it because it was full.</param>
/// <param name="WaitPersonSteps">Their waiting, summed: persons × steps waited at its entrance.</param>
public readonly record struct EdgeFlowLoad(long Persons, int SaturatedSteps, long DelayedPersons, long WaitPersonSteps);
