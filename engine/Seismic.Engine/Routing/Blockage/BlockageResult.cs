namespace Seismic.Engine.Routing.Blockage;

/// <summary>
/// Closed roads and shelters after a scenario. Edge arrays are indexed like the graph's edges and can be passed to
/// <see cref="PedestrianGraph.WithClosedEdges(ReadOnlySpan{bool})"/>; shelter arrays follow the shelters given to the analysis.
/// </summary>
/// <param name="ClosedEdges">The closure mask: true for every closed edge.</param>
/// <param name="EdgeReasons">Why each edge is closed or narrowed.</param>
/// <param name="ClearWidthM">Clear width left on each edge, metres (the mapped width when no debris reaches it; may be
/// negative when debris from both sides overlaps).</param>
/// <param name="EdgeCause">Index of the building whose debris governs each edge (−1 when none).</param>
/// <param name="EdgePgaG">Median PGA used for each bridge or tunnel edge, g (NaN for other edges or when unknown).</param>
/// <param name="RemovedShelters">True for every shelter taken out of the plan.</param>
/// <param name="ShelterReasons">Why each shelter was removed.</param>
/// <param name="ShelterCause">Index of the building whose debris reaches each removed shelter (−1 when none).</param>
/// <param name="DebrisReachM">Debris reach of each building, metres (0 for buildings below both thresholds).</param>
public sealed record BlockageResult(
    bool[] ClosedEdges,
    EdgeClosureReason[] EdgeReasons,
    double[] ClearWidthM,
    int[] EdgeCause,
    double[] EdgePgaG,
    bool[] RemovedShelters,
    ShelterClosureReason[] ShelterReasons,
    int[] ShelterCause,
    double[] DebrisReachM)
{
    /// <summary>Number of closed edges.</summary>
    public int ClosedEdgeCount => Count(ClosedEdges);

    /// <summary>Number of open bridge and tunnel edges restricted to part of their width.</summary>
    public int RestrictedEdgeCount
    {
        get
        {
            var count = 0;
            foreach (var reason in EdgeReasons)
            {
                count += reason.IsRestriction() ? 1 : 0;
            }

            return count;
        }
    }

    /// <summary>Number of removed shelters.</summary>
    public int RemovedShelterCount => Count(RemovedShelters);

    /// <summary>Number of buildings that shed debris.</summary>
    public int DebrisBuildingCount
    {
        get
        {
            var count = 0;
            foreach (var reach in DebrisReachM)
            {
                count += reach > 0 ? 1 : 0;
            }

            return count;
        }
    }

    private static int Count(bool[] flags)
    {
        var count = 0;
        foreach (var flag in flags)
        {
            count += flag ? 1 : 0;
        }

        return count;
    }
}
