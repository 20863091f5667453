namespace Seismic.Engine.Routing.Assignment;

/// <summary>
/// Persons of one community by outcome. The shortfall counts everyone without a place within the service radius:
/// the unserved and those sent beyond the radius.
/// </summary>
/// <param name="CommunityCode">Community code.</param>
/// <param name="Persons">Persons to shelter.</param>
/// <param name="Served">Persons given a place (within or beyond the radius).</param>
/// <param name="OverRadius">Served persons whose walk exceeds the shelter's service radius.</param>
/// <param name="Unreachable">Unserved: no reachable shelter.</param>
/// <param name="SheltersFull">Unserved: every reachable shelter full.</param>
/// <param name="BeyondK">Unserved: k nearest full, farther room left.</param>
public sealed record CommunityTotals(
    string CommunityCode, long Persons, long Served, long OverRadius, long Unreachable, long SheltersFull, long BeyondK)
{
    /// <summary>Persons without a place.</summary>
    public long Unserved => Unreachable + SheltersFull + BeyondK;

    /// <summary>Persons without a place within the service radius (unserved plus over radius).</summary>
    public long Shortfall => Unserved + OverRadius;
}
