namespace Seismic.Engine.Routing.Flow;

/// <summary>Evacuees who start together at one node of the network.</summary>
/// <param name="Node">Start node.</param>
/// <param name="Persons">Persons, ≥ 0.</param>
/// <param name="ReadyStep">First time step at which they can leave the node (e.g. the walk from their door), ≥ 0.</param>
/// <param name="Label">Caller's label, ≥ 0, for the totals by label (e.g. the community index).</param>
/// <param name="Destination">Sink label the group must reach (the shelter a plan gave it), or −1 for whichever
/// sink with room it reaches first.</param>
public readonly record struct EvacueeGroup(int Node, int Persons, int ReadyStep, int Label, int Destination = -1);
