namespace Seismic.Engine.Routing.Assignment;

/// <summary>A building's demand in the assignment: its persons and its nearest shelters by walking time.</summary>
/// <param name="BuildingId">Building id.</param>
/// <param name="CommunityCode">Community code.</param>
/// <param name="Persons">Persons to shelter, ≥ 0.</param>
/// <param name="Component">Network component the building lies in, −1 when it is off the network.</param>
/// <param name="Candidates">Its k nearest reachable shelters, nearest first (empty when none is reachable).</param>
public sealed record AssignmentDemand(
    string BuildingId, string CommunityCode, int Persons, int Component, IReadOnlyList<ShelterCandidate> Candidates)
{
    /// <summary>
    /// Straight distance in metres from the building's centre to the walkable edge it was snapped to — the first leg
    /// of each of its walks, already in the candidates' distances; a large one usually means a street missing from the
    /// road layer. NaN when unknown (off the network, or a problem built without one).
    /// </summary>
    public double SnapDistanceM { get; init; } = double.NaN;
}
