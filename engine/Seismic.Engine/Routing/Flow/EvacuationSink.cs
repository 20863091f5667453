namespace Seismic.Engine.Routing.Flow;

/// <summary>
/// A node where evacuees reach safety: a shelter's access point. Several sinks may share a label (the entrances of
/// one shelter) and then share its capacity.
/// </summary>
/// <param name="Node">Node where the access point meets the network.</param>
/// <param name="Label">Shelter index, ≥ 0: capacities are per label.</param>
/// <param name="ExtraSteps">Steps from the node into the shelter, walked without a capacity limit, ≥ 0.</param>
public readonly record struct EvacuationSink(int Node, int Label, int ExtraSteps);
