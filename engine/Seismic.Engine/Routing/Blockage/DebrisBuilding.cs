using NetTopologySuite.Geometries;

namespace Seismic.Engine.Routing.Blockage;

/// <summary>A building as the blockage analysis sees it: where it stands, how tall it is and how it fared.</summary>
/// <param name="Id">Building id.</param>
/// <param name="MetricFootprint">Footprint (or point) in the graph's metric coordinates.</param>
/// <param name="HeightM">Height above ground in metres (surveyed, or storeys × storey height).</param>
/// <param name="CollapseProbability">Mean probability of collapse in the scenario, [0, 1].</param>
/// <param name="CompleteProbability">Mean probability of complete damage in the scenario, [0, 1].</param>
/// <param name="PgaG">Median PGA at the building's site, g (NaN when unknown).</param>
public sealed record DebrisBuilding(
    string Id, Geometry MetricFootprint, double HeightM, double CollapseProbability, double CompleteProbability, double PgaG)
{
    /// <summary>Height of a building from its survey: the surveyed height, else storeys × storey height, else one storey.</summary>
    /// <param name="heightM">Surveyed height, m, or null.</param>
    /// <param name="storeys">Storeys above ground, or null.</param>
    /// <param name="storeyHeightM">Storey height, m.</param>
    public static double Height(double? heightM, int? storeys, double storeyHeightM) =>
        heightM is > 0 ? heightM.Value : Math.Max(1, storeys ?? 1) * storeyHeightM;
}
