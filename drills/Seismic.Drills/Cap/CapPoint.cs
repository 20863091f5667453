namespace Seismic.Drills.Cap;

/// <summary>A WGS 84 point in CAP's order: latitude first.</summary>
/// <param name="Latitude">Degrees north, −90 to 90.</param>
/// <param name="Longitude">Degrees east, −180 to 180.</param>
public readonly record struct CapPoint(double Latitude, double Longitude);
