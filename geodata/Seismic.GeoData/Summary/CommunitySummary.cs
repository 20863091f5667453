namespace Seismic.GeoData.Summary;

/// <summary>Key figures of one community (社区).</summary>
/// <param name="Code">Community code.</param>
/// <param name="Name">Chinese name.</param>
/// <param name="StreetCode">Code of its street.</param>
/// <param name="Buildings">Buildings whose community code is this community.</param>
/// <param name="ResidentsNight">Sum of their night-time occupants.</param>
/// <param name="AreaKm2">Area of the community polygon, km².</param>
public sealed record CommunitySummary(
    string Code, string Name, string StreetCode, int Buildings, long ResidentsNight, double AreaKm2);
