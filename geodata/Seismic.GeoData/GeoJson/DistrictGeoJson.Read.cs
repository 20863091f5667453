using System.Text.Json;
using NetTopologySuite.Geometries;
using Seismic.Engine.Common;
using Seismic.Engine.District;
using L = Seismic.GeoData.GeoPackage.DistrictLayers;

namespace Seismic.GeoData.GeoJson;

public static partial class DistrictGeoJson
{
    /// <summary>
    /// Reads and validates one GeoJSON file — a layer written by <see cref="Export"/> or a user's own file.
    /// </summary>
    /// <param name="path">A .geojson / .json file holding a FeatureCollection or a single Feature.</param>
    /// <returns>The features in file order.</returns>
    /// <exception cref="GeoDataException">Invalid JSON (names the line), not GeoJSON, or a feature without geometry,
    /// with an invalid geometry (the validity reason and where) or a coordinate out of WGS84 range (names the feature
    /// by position and id).</exception>
    public static IReadOnlyList<GeoJsonFeature> ReadLayer(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return GeoJsonLayerReader.Read(path);
    }

    /// <summary>Reads a folder written by <see cref="Export"/> back into a model.</summary>
    /// <param name="directory">The folder holding district_info.json and the layer files.</param>
    /// <param name="progress">Receives one report per file.</param>
    /// <exception cref="GeoDataException">A file is missing or invalid, or a feature lacks a required property; the
    /// message names the file, feature and property.</exception>
    public static DistrictModel Import(string directory, IProgress<OperationProgress>? progress = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        if (!Directory.Exists(directory))
        {
            throw new GeoDataException(directory, null, "folder not found");
        }

        const int Files = 9;
        var done = 0;
        void Step(string file) => progress?.Report(new OperationProgress("reading " + file, done++, Files));
        IReadOnlyList<GeoJsonFeature> Layer(string name)
        {
            Step(name);
            return GeoJsonLayerReader.Read(Path.Combine(directory, LayerFileName(name)));
        }

        Step(InfoFileName);
        var info = ReadInfo(Path.Combine(directory, InfoFileName));
        var boundaryFeatures = Layer(L.Boundary);
        if (boundaryFeatures.Count != 1)
        {
            throw new GeoDataException(Path.Combine(directory, LayerFileName(L.Boundary)), null,
                $"expected exactly one boundary feature, found {boundaryFeatures.Count}");
        }

        var boundary = new DistrictBoundary(boundaryFeatures[0].RequireString("name"), boundaryFeatures[0].Geometry);
        var streets = Map(Layer(L.Streets), static f => new Street(
            f.RequireString("code"), f.RequireString("name"), f.OptionalString("name_en"), f.Geometry));
        var communities = Map(Layer(L.Communities), static f => new Community(
            f.RequireString("code"), f.RequireString("name"), f.OptionalString("name_en"),
            f.OptionalString("street_code"), f.Geometry));
        var roads = Map(Layer(L.Roads), static f => new Road(
            f.RequireInt64("id"), Expect<LineString>(f), f.RequireEnum<RoadClass>("class"), f.OptionalString("name"),
            f.RequireDouble("width_m"), f.RequireBoolean("one_way"), f.RequireEnum<RoadStructure>("structure"),
            f.OptionalInt32("layer") ?? 0, f.RequireBoolean("pedestrian_access")));
        var buildings = Map(Layer(L.Buildings), static f => new Building(
            f.RequireString("id"), f.Geometry, f.RequireEnum<StructureType>("structure_type"), f.OptionalInt32("year_built"),
            f.OptionalInt32("storeys"), f.OptionalInt32("basement_storeys") ?? 0, f.OptionalDouble("height_m"),
            f.OptionalDouble("floor_area_m2"), f.RequireEnum<BuildingUse>("use"), f.RequireInt32("occupants_day"),
            f.RequireInt32("occupants_night"), f.OptionalString("street_code"), f.OptionalString("community_code"),
            f.OptionalString("address"), f.OptionalString("source_type")));
        var entrances = new Dictionary<string, List<(long Seq, Point Point)>>(StringComparer.Ordinal);
        foreach (var f in Layer(L.ShelterEntrances))
        {
            var id = f.RequireString("shelter_id");
            if (!entrances.TryGetValue(id, out var list))
            {
                entrances[id] = list = [];
            }

            list.Add((f.RequireInt64("seq"), Expect<Point>(f)));
        }

        var shelters = Map(Layer(L.Shelters), f =>
        {
            var id = f.RequireString("id");
            return new Shelter(id, f.RequireString("name"), f.OptionalString("name_en"), f.Geometry,
                f.RequireEnum<ShelterCategory>("category"), f.OptionalString("site_type", "other"),
                f.RequireDouble("usable_area_m2"), f.RequireInt32("capacity_persons"), f.OptionalString("address"),
                entrances.Remove(id, out var gates) ? Ordered(gates) : []);
        });
        foreach (var orphan in entrances)
        {
            throw new GeoDataException(Path.Combine(directory, LayerFileName(L.ShelterEntrances)),
                $"shelter_id '{orphan.Key}'", "entrance of a shelter that is not in shelters.geojson");
        }

        var assembly = Map(Layer(L.AssemblyPoints), static f => new AssemblyPoint(
            f.RequireString("id"), f.RequireString("name"), Expect<Point>(f), f.OptionalString("community_code")));
        progress?.Report(new OperationProgress("read", Files, Files));
        return new DistrictModel(info, boundary, streets, communities, roads, buildings, shelters, assembly);
    }

    private static DistrictInfo ReadInfo(string path)
    {
        if (!File.Exists(path))
        {
            throw new GeoDataException(path, null, "file not found");
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new GeoDataException(path, null, "expected a JSON object");
            }

            string Text(string name, bool required)
            {
                if (root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
                {
                    return value.GetString()!;
                }

                return required ? throw new GeoDataException(path, $"property '{name}'", "required text property is missing") : string.Empty;
            }

            long? seed = root.TryGetProperty("seed", out var s) && s.ValueKind == JsonValueKind.Number
                ? s.TryGetInt64(out var whole) ? whole : throw new GeoDataException(path, "property 'seed'", "expected a whole number")
                : null;
            if (root.TryGetProperty("schema_version", out var v) && v.ValueKind == JsonValueKind.Number
                && v.TryGetInt32(out var version) && version > L.SchemaVersion)
            {
                throw new GeoDataException(path, "property 'schema_version'",
                    $"written by a newer version of the layout ({version} > {L.SchemaVersion}); update the toolkit");
            }

            return new DistrictInfo(Text("name", true), Text("name_en", false), Text("code", false),
                Text("source", false), Text("provenance", false), seed);
        }
        catch (JsonException e)
        {
            throw new GeoDataException(path, e.LineNumber is { } line ? $"line {line + 1}" : null, $"invalid JSON: {e.Message}", e);
        }
    }

    private static T Expect<T>(GeoJsonFeature feature)
        where T : Geometry =>
        feature.Geometry as T ?? throw new GeoDataException(feature.File, feature.Location,
            $"expected a {typeof(T).Name} geometry, found {feature.Geometry.GeometryType}");

    private static Point[] Ordered(List<(long Seq, Point Point)> gates)
    {
        gates.Sort(static (a, b) => a.Seq.CompareTo(b.Seq));
        var points = new Point[gates.Count];
        for (var i = 0; i < points.Length; i++)
        {
            points[i] = gates[i].Point;
        }

        return points;
    }

    private static List<T> Map<T>(IReadOnlyList<GeoJsonFeature> features, Func<GeoJsonFeature, T> create)
    {
        var list = new List<T>(features.Count);
        for (var i = 0; i < features.Count; i++)
        {
            list.Add(create(features[i]));
        }

        return list;
    }
}
