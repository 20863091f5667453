namespace Seismic.Drills.Plans;

/// <summary>A building's evacuation target in a drill, taken from the evacuation plan.</summary>
/// <param name="BuildingId">The building.</param>
/// <param name="Community">Its community.</param>
/// <param name="ShelterId">The assigned shelter, or null when the plan could not serve it.</param>
/// <param name="ShelterName">The shelter's name, or null.</param>
/// <param name="WalkSeconds">Walking time to the shelter at the default speed; NaN when unserved.</param>
/// <param name="DistanceMetres">Walking distance; NaN when unserved.</param>
public sealed record BuildingRoute(
    string BuildingId, string Community, string? ShelterId, string? ShelterName, double WalkSeconds, double DistanceMetres);
