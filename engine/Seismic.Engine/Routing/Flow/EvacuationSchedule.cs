namespace Seismic.Engine.Routing.Flow;

/// <summary>
/// The outcome of a capacity-constrained evacuation plan: when everyone is out (the clearance time), per label and
/// per group, how many found no sink, and how the edges were loaded — the bottlenecks are the edges saturated longest.
/// </summary>
/// <param name="Network">The network planned on.</param>
/// <param name="ClearanceStep">Step at which the last evacuee reached a sink (0 when there was nobody, −1 when nobody
/// could reach one).</param>
/// <param name="TotalPersons">Persons in all groups.</param>
/// <param name="EvacuatedPersons">Persons who reached a sink.</param>
/// <param name="GroupClearanceSteps">Per group (in the order given), the step its last evacuee arrived; −1 when none.</param>
/// <param name="GroupUnserved">Per group, persons who found no reachable sink with room.</param>
/// <param name="Labels">Per group label 0 .. max label, the label's totals.</param>
/// <param name="Edges">Per edge of the graph, its load.</param>
/// <param name="SinkLoads">Per sink label 0 .. max label, persons who arrived there.</param>
/// <param name="Routes">Routes reserved (path, departure step and persons; one per planner iteration).</param>
/// <param name="Searches">Time-dependent searches run (a group is searched again when others' reservations delayed
/// it past the next group in line).</param>
public sealed record EvacuationSchedule(
    EvacuationNetwork Network,
    int ClearanceStep,
    long TotalPersons,
    long EvacuatedPersons,
    IReadOnlyList<int> GroupClearanceSteps,
    IReadOnlyList<int> GroupUnserved,
    IReadOnlyList<LabelClearance> Labels,
    IReadOnlyList<EdgeFlowLoad> Edges,
    IReadOnlyList<long> SinkLoads,
    int Routes,
    int Searches)
{
    /// <summary>Clearance time in seconds: <see cref="ClearanceStep"/> × step length (0 when nobody was evacuated).</summary>
    public double ClearanceSeconds => Math.Max(0, ClearanceStep) * Network.StepSeconds;

    /// <summary>Persons who found no reachable sink with room.</summary>
    public long UnservedPersons => TotalPersons - EvacuatedPersons;

    /// <summary>
    /// The edges that held the evacuation back most: saturated for the most steps, then the most waiting at their
    /// entrance, then the most persons; only edges that were saturated or made someone wait.
    /// </summary>
    /// <param name="count">How many to return at most, ≥ 0.</param>
    public IReadOnlyList<int> Bottlenecks(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var candidates = new List<int>();
        for (var e = 0; e < Edges.Count; e++)
        {
            if (Edges[e].SaturatedSteps > 0 || Edges[e].WaitPersonSteps > 0)
            {
                candidates.Add(e);
            }
        }

        candidates.Sort((a, b) =>
        {
            var order = Edges[b].SaturatedSteps.CompareTo(Edges[a].SaturatedSteps);
            if (order == 0)
            {
                order = Edges[b].WaitPersonSteps.CompareTo(Edges[a].WaitPersonSteps);
            }

            if (order == 0)
            {
                order = Edges[b].Persons.CompareTo(Edges[a].Persons);
            }

            return order != 0 ? order : a.CompareTo(b);
        });
        return candidates.Count > count ? candidates.GetRange(0, count) : candidates;
    }
}
