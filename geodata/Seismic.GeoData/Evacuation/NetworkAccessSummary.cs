using Seismic.Engine.Routing.Assignment;

namespace Seismic.GeoData.Evacuation;

/// <summary>
/// How far the buildings and shelters of a plan lie from the walkable network: every walk starts with the straight leg
/// from a building's centre to the street it was snapped to, and a long one usually means that the road layer lacks
/// the lanes of that block. Reported so that whoever uses the plan can check the data where it matters.
/// </summary>
/// <param name="Buildings">Buildings on the network (with a snap distance).</param>
/// <param name="MedianM">Median snap distance of the buildings, metres (NaN when none).</param>
/// <param name="Percentile95M">95th percentile (nearest rank), metres (NaN when none).</param>
/// <param name="MaxM">Largest, metres (NaN when none).</param>
/// <param name="FarthestBuildingId">The building with the largest, or null.</param>
/// <param name="BuildingsFar">Buildings farther than <see cref="FarM"/>.</param>
/// <param name="SheltersFar">Shelters whose nearest access point is farther than <see cref="FarM"/> from the network,
/// or that have none on it, with that distance (NaN for none), farthest first.</param>
public sealed record NetworkAccessSummary(
    int Buildings,
    double MedianM,
    double Percentile95M,
    double MaxM,
    string? FarthestBuildingId,
    int BuildingsFar,
    IReadOnlyList<(string Id, double SnapM)> SheltersFar)
{
    /// <summary>
    /// A building centre farther than this from any mapped street or path is flagged: a Chinese urban block is some
    /// 150–300 m across, so every point of a block whose lanes are mapped lies well within 100 m of one.
    /// </summary>
    public const double FarM = 100;

    /// <summary>The summary of a built assignment problem.</summary>
    /// <param name="problem">The problem (built on a network, so that snap distances are known).</param>
    public static NetworkAccessSummary Of(ShelterAssignmentProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var snaps = new List<(double M, string Id)>(problem.Demands.Count);
        foreach (var demand in problem.Demands)
        {
            if (double.IsFinite(demand.SnapDistanceM))
            {
                snaps.Add((demand.SnapDistanceM, demand.BuildingId));
            }
        }

        snaps.Sort((a, b) => a.M != b.M ? a.M.CompareTo(b.M) : string.CompareOrdinal(a.Id, b.Id));
        double Rank(double p) => snaps.Count == 0 ? double.NaN : snaps[Math.Max(0, (int)Math.Ceiling(p * snaps.Count) - 1)].M;
        var far = snaps.Count(s => s.M > FarM);
        var shelters = problem.Shelters
            .Where(s => !(s.SnapDistanceM <= FarM))
            .Select(s => (s.Id, s.SnapDistanceM))
            .OrderByDescending(s => double.IsNaN(s.SnapDistanceM) ? double.PositiveInfinity : s.SnapDistanceM)
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
        return new NetworkAccessSummary(
            snaps.Count, Rank(0.5), Rank(0.95), snaps.Count > 0 ? snaps[^1].M : double.NaN,
            snaps.Count > 0 ? snaps[^1].Id : null, far, shelters);
    }
}
