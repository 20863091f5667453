namespace Seismic.GeoData.Summary;

/// <summary>Key figures of one street (街道).</summary>
/// <param name="Code">Street code.</param>
/// <param name="Name">Chinese name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="Communities">Communities whose street code is this street.</param>
/// <param name="Buildings">Buildings whose street code is this street.</param>
/// <param name="ResidentsNight">Sum of their night-time occupants.</param>
/// <param name="OccupantsDay">Sum of their day-time occupants.</param>
/// <param name="AreaKm2">Area of the street polygon, km².</param>
public sealed record StreetSummary(
    string Code, string Name, string NameEn, int Communities, int Buildings, long ResidentsNight, long OccupantsDay, double AreaKm2);
