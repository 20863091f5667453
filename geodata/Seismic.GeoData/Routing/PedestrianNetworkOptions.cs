using Seismic.Engine.Routing;

namespace Seismic.GeoData.Routing;

/// <summary>Choices made when building a <see cref="PedestrianNetwork"/>.</summary>
public sealed record PedestrianNetworkOptions
{
    /// <summary>The defaults described on each property.</summary>
    public static PedestrianNetworkOptions Default { get; } = new();

    /// <summary>Walking speed and steps factor; default <see cref="WalkingProfile.Default"/> (1.1 m/s).</summary>
    public WalkingProfile Profile { get; init; } = WalkingProfile.Default;

    /// <summary>
    /// True (default) to snap points only onto the largest connected component: real extracts hold isolated
    /// fragments (a courtyard path, a footway cut at the extract's edge) from which no shelter is reachable, and a
    /// building next to one is better served by the main network a little farther away.
    /// </summary>
    public bool SnapToLargestComponent { get; init; } = true;
}
