namespace Seismic.Engine.Routing.Assignment;

/// <summary>Options of <see cref="ShelterAssigner"/> and of building a problem.</summary>
public sealed record ShelterAssignmentOptions
{
    /// <summary>Default options: 5 nearest shelters per building, radius penalty on.</summary>
    public static ShelterAssignmentOptions Default { get; } = new();

    /// <summary>Shelters considered per building (its k nearest by walking time), ≥ 1.</summary>
    public int NearestShelters { get; init; } = 5;

    /// <summary>
    /// Penalise walks beyond the shelter's service radius so they are used only where nothing within the radius has
    /// room (GB 50413-2007 §8.2 radii). Off: pure minimum total walking time.
    /// </summary>
    public bool PenaliseOverRadius { get; init; } = true;
}
