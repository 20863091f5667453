using NetTopologySuite.Geometries;

namespace Seismic.GeoData.Synthesis;

/// <summary>Parameters of a synthetic district.</summary>
/// <param name="BuildingCount">Buildings to generate, 1,000–5,000,000. Haizhu's default is 50,000.</param>
/// <param name="Seed">Generator seed: the same seed and options give the same model on every machine.</param>
/// <param name="Outline">
/// District outline (Polygon or MultiPolygon, WGS84). Null uses Haizhu's outline and its gazetteer of named streets,
/// roads, crossings, villages and parks; any other outline gets generic names.
/// </param>
/// <param name="ScaleOutline">
/// When more buildings are asked for than <see cref="ReferenceBuildingCount"/>, scale the outline (and the gazetteer
/// positions) up around its centroid by √(count ÷ reference) so that building density stays realistic.
/// </param>
/// <param name="Residents">Night-time occupants to reach in total; null scales Haizhu's 7th-census 1,819,037 by
/// count ÷ reference.</param>
public sealed record SynthesisOptions(
    int BuildingCount = SynthesisOptions.ReferenceBuildingCount,
    long Seed = SynthesisOptions.DefaultSeed,
    Geometry? Outline = null,
    bool ScaleOutline = true,
    int? Residents = null)
{
    /// <summary>Default seed: the 7th census reference date, 2020-11-01.</summary>
    public const long DefaultSeed = 20201101;

    /// <summary>Buildings in the Haizhu sample; the density the outline scaling preserves.</summary>
    public const int ReferenceBuildingCount = 50_000;

    /// <summary>Haizhu's resident population in the 7th national census (2020-11-01).</summary>
    public const int HaizhuResidents = 1_819_037;

    /// <summary>Residents the generator aims for (night occupants summed over all buildings).</summary>
    public int TargetResidents => Residents ??
        (int)Math.Round((double)HaizhuResidents * BuildingCount / ReferenceBuildingCount);

    /// <summary>Linear factor applied to the outline around its centroid (1 when not scaled).</summary>
    public double OutlineScale => ScaleOutline && BuildingCount > ReferenceBuildingCount
        ? Math.Sqrt((double)BuildingCount / ReferenceBuildingCount)
        : 1.0;
}
