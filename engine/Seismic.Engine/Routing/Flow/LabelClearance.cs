namespace Seismic.Engine.Routing.Flow;

/// <summary>Clearance of all groups with one label (e.g. one community).</summary>
/// <param name="Label">The label.</param>
/// <param name="Persons">Persons in its groups.</param>
/// <param name="Evacuated">Persons who reached a sink.</param>
/// <param name="ClearanceStep">Step at which its last evacuee reached a sink; −1 when nobody did.</param>
/// <param name="BottleneckEdge">Edge at whose entrance its evacuees waited longest (persons × steps); −1 when they
/// never waited.</param>
/// <param name="BottleneckWaitPersonSteps">That waiting, persons × steps.</param>
public readonly record struct LabelClearance(
    int Label, long Persons, long Evacuated, int ClearanceStep, int BottleneckEdge, long BottleneckWaitPersonSteps)
{
    /// <summary>Persons who found no reachable sink with room.</summary>
    public long Unserved => Persons - Evacuated;
}
