using Seismic.Engine.District;
using Seismic.GeoData.GeoPackage;
using Seismic.GeoData.Projection;

namespace Seismic.GeoData.Summary;

/// <summary>Computes a <see cref="DistrictSummary"/> from a model.</summary>
public static class DistrictSummaryCalculator
{
    /// <summary>Name of the storage CRS as shown in summaries.</summary>
    public const string StorageCrsName = "WGS 84 (EPSG:4326)";

    private const double M2PerKm2 = 1e6;

    /// <summary>Counts, sums and measures the model in one pass per layer.</summary>
    /// <param name="model">The district.</param>
    /// <param name="projection">Metric CRS for areas and lengths; by default <see cref="MetricProjection.For"/>, which
    /// needs at least one geometry in the boundary, streets, buildings or roads.</param>
    public static DistrictSummary Compute(DistrictModel model, MetricProjection? projection = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        projection ??= MetricProjection.For(model);

        var streetIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < model.Streets.Count; i++)
        {
            streetIndex.TryAdd(model.Streets[i].Code, i);
        }

        var communityIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < model.Communities.Count; i++)
        {
            communityIndex.TryAdd(model.Communities[i].Code, i);
        }

        var streetBuildings = new int[model.Streets.Count];
        var streetNight = new long[model.Streets.Count];
        var streetDay = new long[model.Streets.Count];
        var streetCommunities = new int[model.Streets.Count];
        var communityBuildings = new int[model.Communities.Count];
        var communityNight = new long[model.Communities.Count];
        long day = 0, night = 0;
        double floorArea = 0;
        var unknownFloorArea = 0;
        for (var i = 0; i < model.Buildings.Count; i++)
        {
            var b = model.Buildings[i];
            day += b.OccupantsDay;
            night += b.OccupantsNight;
            if (b.FloorAreaM2 is { } area)
            {
                floorArea += area;
            }
            else
            {
                unknownFloorArea++;
            }

            if (streetIndex.TryGetValue(b.StreetCode, out var s))
            {
                streetBuildings[s]++;
                streetNight[s] += b.OccupantsNight;
                streetDay[s] += b.OccupantsDay;
            }

            if (communityIndex.TryGetValue(b.CommunityCode, out var c))
            {
                communityBuildings[c]++;
                communityNight[c] += b.OccupantsNight;
            }
        }

        var communityRows = new CommunitySummary[model.Communities.Count];
        for (var i = 0; i < communityRows.Length; i++)
        {
            var c = model.Communities[i];
            if (streetIndex.TryGetValue(c.StreetCode, out var s))
            {
                streetCommunities[s]++;
            }

            communityRows[i] = new CommunitySummary(c.Code, c.Name, c.StreetCode, communityBuildings[i], communityNight[i],
                projection.AreaM2(c.Geometry) / M2PerKm2);
        }

        var streetRows = new StreetSummary[model.Streets.Count];
        for (var i = 0; i < streetRows.Length; i++)
        {
            var s = model.Streets[i];
            streetRows[i] = new StreetSummary(s.Code, s.Name, s.NameEn, streetCommunities[i], streetBuildings[i],
                streetNight[i], streetDay[i], projection.AreaM2(s.Geometry) / M2PerKm2);
        }

        double walkableM = 0;
        int bridges = 0, tunnels = 0;
        for (var i = 0; i < model.Roads.Count; i++)
        {
            var r = model.Roads[i];
            if (r.PedestrianAccess)
            {
                walkableM += projection.LengthM(r.Geometry);
            }

            bridges += r.Structure == RoadStructure.Bridge ? 1 : 0;
            tunnels += r.Structure == RoadStructure.Tunnel ? 1 : 0;
        }

        var (byCategory, capacity, entrances) = Shelters(model.Shelters);
        var envelope = model.Boundary.Geometry.EnvelopeInternal;
        var extent = envelope.IsNull ? null : new LonLatBox(envelope.MinX, envelope.MinY, envelope.MaxX, envelope.MaxY);
        var info = model.Info;
        return new DistrictSummary(
            info.Name, info.NameEn, info.Code, info.Source,
            model.Streets.Count, model.Communities.Count, model.Roads.Count, model.Buildings.Count, model.Shelters.Count,
            entrances, model.AssemblyPoints.Count,
            day, night, floorArea, unknownFloorArea,
            projection.AreaM2(model.Boundary.Geometry) / M2PerKm2,
            capacity, byCategory,
            walkableM / 1000, bridges, tunnels,
            extent, StorageCrsName, $"{projection.Name} (EPSG:{projection.Epsg})",
            streetRows, communityRows);
    }

    private static (ShelterCategorySummary[] ByCategory, long Capacity, int Entrances) Shelters(IReadOnlyList<Shelter> shelters)
    {
        var categories = Enum.GetValues<ShelterCategory>();
        var counts = new int[categories.Length];
        var capacities = new long[categories.Length];
        var areas = new double[categories.Length];
        long capacity = 0;
        var entrances = 0;
        for (var i = 0; i < shelters.Count; i++)
        {
            var s = shelters[i];
            var k = Array.IndexOf(categories, s.Category);
            counts[k]++;
            capacities[k] += s.CapacityPersons;
            areas[k] += s.UsableAreaM2;
            capacity += s.CapacityPersons;
            entrances += s.Entrances.Count;
        }

        var rows = new List<ShelterCategorySummary>();
        for (var k = 0; k < categories.Length; k++)
        {
            if (counts[k] > 0)
            {
                rows.Add(new ShelterCategorySummary(DistrictEnumText.ToText(categories[k]), counts[k], capacities[k], areas[k]));
            }
        }

        return ([.. rows], capacity, entrances);
    }
}
