namespace Seismic.Drills.Rosters;

/// <summary>A community (社区) and the street (街道) it belongs to, as the district model names them.</summary>
/// <param name="Community">Community name.</param>
/// <param name="Street">Street name.</param>
public sealed record CommunityStreet(string Community, string Street);
