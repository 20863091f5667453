namespace Seismic.GeoData.Evacuation;

/// <summary>Evacuation clearance of one community.</summary>
/// <param name="CommunityCode">Community code (empty for buildings outside any community).</param>
/// <param name="Persons">Persons in its buildings.</param>
/// <param name="Evacuated">Persons who reached a shelter in the plan.</param>
/// <param name="ClearanceSeconds">When its last evacuee reached a shelter, seconds after the alarm; NaN when nobody did.</param>
/// <param name="Bottleneck">The street where its evacuees queued longest; null when they never queued.</param>
public sealed record ClearanceCommunity(
    string CommunityCode, long Persons, long Evacuated, double ClearanceSeconds, ClearanceBottleneck? Bottleneck);
