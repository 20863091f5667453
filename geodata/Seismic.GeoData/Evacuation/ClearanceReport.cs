using Seismic.Engine.Routing.Flow;

namespace Seismic.GeoData.Evacuation;

/// <summary>
/// Evacuation clearance of a district with congestion: the plan of the Capacity Constrained Route Planner, the
/// clearance time of every community and of the district, and the bottleneck streets.
/// </summary>
/// <param name="Schedule">The planner's result.</param>
/// <param name="Communities">Per community, by code.</param>
/// <param name="Bottlenecks">Edges that were saturated or made people wait, worst first.</param>
/// <param name="UnplannedPersons">Persons the shelter plan found no place for (off the network, unreachable, over
/// capacity): nobody moves them, so they are not in the clearance time.</param>
public sealed record ClearanceReport(
    EvacuationSchedule Schedule,
    IReadOnlyList<ClearanceCommunity> Communities,
    IReadOnlyList<ClearanceBottleneck> Bottlenecks,
    long UnplannedPersons)
{
    /// <summary>When the last evacuee of the district reached a shelter, seconds; 0 when nobody had to move.</summary>
    public double ClearanceSeconds => Schedule.ClearanceSeconds;
}
