using Seismic.Engine.District;

namespace Seismic.GeoData.Synthesis;

/// <summary>A street seed: the approximate centre of a street (街道) used as a Voronoi site.</summary>
internal sealed record StreetSeed(string Name, string NameEn, double Lon, double Lat);

/// <summary>
/// A named arterial laid on the block grid: a north–south line at <see cref="At"/> (longitude) or an east–west one
/// (latitude), running from <see cref="From"/> to <see cref="To"/> in the other coordinate.
/// </summary>
internal sealed record Arterial(string Name, bool NorthSouth, double At, double From, double To, RoadClass Class, double WidthM);

/// <summary>A river crossing: island-side point, far-bank point, and what it carries.</summary>
internal sealed record Crossing(
    string Name, double NearLon, double NearLat, double FarLon, double FarLat, RoadStructure Structure,
    RoadClass Class, double WidthM, bool PedestrianAccess);

/// <summary>An urban village (城中村) of handshake buildings around a centre.</summary>
internal sealed record Village(string Name, double Lon, double Lat, double RadiusM);

/// <summary>A named open space kept free of buildings (park, campus ground).</summary>
internal sealed record NamedSite(
    string Name, string NameEn, double Lon, double Lat, double HalfWidthM, double HalfHeightM, ShelterCategory Category,
    string SiteType, double UsableFraction, string Address, IReadOnlyList<string> GateRoads);

/// <summary>Named features placed by the generator; empty lists for a generic outline.</summary>
internal sealed record Gazetteer(
    string DistrictName,
    string DistrictNameEn,
    string DistrictCode,
    string IdPrefix,
    IReadOnlyList<StreetSeed> Streets,
    IReadOnlyList<Arterial> Arterials,
    IReadOnlyList<Crossing> Crossings,
    IReadOnlyList<Village> Villages,
    IReadOnlyList<NamedSite> Sites,
    string? DemoCommunityName,
    string? DemoCommunityNameEn,
    int DemoStreetIndex,
    double DemoLon,
    double DemoLat)
{
    /// <summary>Communities in the district (Haizhu: 265 community residents' committees, 2021-10-31).</summary>
    public const int CommunityCount = 265;

    /// <summary>A gazetteer for an arbitrary outline: 18 streets at spread-out points, no named features.</summary>
    public static Gazetteer Generic(Outline outline, long seed)
    {
        ArgumentNullException.ThrowIfNull(outline);
        var rng = new SynthRandom(seed, 77);
        var seeds = new List<StreetSeed>();
        int guard = 0;
        while (seeds.Count < 18 && guard++ < 1_000_000)
        {
            double x = rng.Uniform(outline.MinX, outline.MaxX), y = rng.Uniform(outline.MinY, outline.MaxY);
            if (outline.Contains(x, y))
            {
                int n = seeds.Count + 1;
                seeds.Add(new StreetSeed($"第{n}街道", $"Street {n}", outline.Frame.Lon(x), outline.Frame.Lat(y)));
            }
        }

        return new Gazetteer(
            "合成区", "Synthetic District", string.Empty, "SYN", seeds, [], [], [], [], null, null, -1, 0, 0);
    }
}
