using System.Text.Encodings.Web;
using System.Text.Json;
using NetTopologySuite.Geometries;
using Seismic.Engine.Common;
using Seismic.Engine.District;
using Seismic.GeoData.GeoPackage;
using L = Seismic.GeoData.GeoPackage.DistrictLayers;

namespace Seismic.GeoData.GeoJson;

/// <summary>
/// A district as a folder of GeoJSON files (RFC 7946: WGS84 lon/lat, no "crs" member): one FeatureCollection per
/// layer (<c>boundary.geojson</c>, <c>streets.geojson</c> …) with the same property names as the GeoPackage
/// columns, plus <c>district_info.json</c>. Polygon rings are written counter-clockwise (holes clockwise) as RFC 7946
/// §3.1.6 requires; reading accepts either orientation. Text is written unescaped (UTF-8) so Chinese names stay readable.
/// </summary>
public static partial class DistrictGeoJson
{
    /// <summary>Name of the district identity file in an exported folder.</summary>
    public const string InfoFileName = L.Info + ".json";

    /// <summary>Extension of the layer files.</summary>
    public const string LayerExtension = ".geojson";

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    private static readonly JsonSerializerOptions GeometryWriteOptions = CreateWriteOptions();

    /// <summary>The file name of a layer, e.g. "buildings.geojson".</summary>
    /// <param name="layer">A name from <see cref="DistrictGeoPackage.LayerNames"/> other than district_info.</param>
    public static string LayerFileName(string layer) => layer + LayerExtension;

    /// <summary>
    /// Writes every layer of the model into <paramref name="directory"/> (created if missing); each file is written
    /// atomically, existing files of the same names are replaced.
    /// </summary>
    /// <param name="model">The district.</param>
    /// <param name="directory">Output folder.</param>
    /// <param name="progress">Receives one report per file.</param>
    public static void Export(DistrictModel model, string directory, IProgress<OperationProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentException.ThrowIfNullOrEmpty(directory);
        Directory.CreateDirectory(directory);
        const int Files = 9;
        var done = 0;
        void Step(string file) => progress?.Report(new OperationProgress("writing " + file, done++, Files));

        Step(InfoFileName);
        AtomicFile.WriteStream(Path.Combine(directory, InfoFileName), stream =>
        {
            using var w = new Utf8JsonWriter(stream, WriterOptions with { Indented = true });
            var info = model.Info;
            w.WriteStartObject();
            w.WriteString("name", info.Name);
            w.WriteString("name_en", info.NameEn);
            w.WriteString("code", info.Code);
            w.WriteString("source", info.Source);
            w.WriteString("provenance", info.Provenance);
            WriteNullable(w, "seed", info.Seed);
            w.WriteNumber("schema_version", L.SchemaVersion);
            w.WriteEndObject();
        });

        void Layer<T>(string layer, IReadOnlyList<T> items, Func<T, Geometry> geometry, Action<Utf8JsonWriter, T>? id,
            Action<Utf8JsonWriter, T> properties)
        {
            Step(layer);
            WriteLayer(directory, layer, items, geometry, id, properties);
        }

        Layer(L.Boundary, [model.Boundary], static b => b.Geometry, null, static (w, b) => w.WriteString("name", b.Name));
        Layer(L.Streets, model.Streets, static s => s.Geometry, static (w, s) => w.WriteString("id", s.Code), static (w, s) =>
        {
            w.WriteString("code", s.Code);
            w.WriteString("name", s.Name);
            w.WriteString("name_en", s.NameEn);
        });
        Layer(L.Communities, model.Communities, static c => c.Geometry, static (w, c) => w.WriteString("id", c.Code), static (w, c) =>
        {
            w.WriteString("code", c.Code);
            w.WriteString("name", c.Name);
            w.WriteString("name_en", c.NameEn);
            w.WriteString("street_code", c.StreetCode);
        });
        Layer(L.Roads, model.Roads, static r => r.Geometry, static (w, r) => w.WriteNumber("id", r.Id), static (w, r) =>
        {
            w.WriteNumber("id", r.Id);
            w.WriteString("class", DistrictEnumText.ToText(r.Class));
            w.WriteString("name", r.Name);
            w.WriteNumber("width_m", r.WidthM);
            w.WriteBoolean("one_way", r.OneWay);
            w.WriteString("structure", DistrictEnumText.ToText(r.Structure));
            w.WriteNumber("layer", r.Layer);
            w.WriteBoolean("pedestrian_access", r.PedestrianAccess);
        });
        Layer(L.Buildings, model.Buildings, static b => b.Footprint, static (w, b) => w.WriteString("id", b.Id), static (w, b) =>
        {
            w.WriteString("id", b.Id);
            w.WriteString("structure_type", DistrictEnumText.ToText(b.StructureType));
            WriteNullable(w, "year_built", b.YearBuilt);
            WriteNullable(w, "storeys", b.Storeys);
            w.WriteNumber("basement_storeys", b.BasementStoreys);
            WriteNullable(w, "height_m", b.HeightM);
            WriteNullable(w, "floor_area_m2", b.FloorAreaM2);
            w.WriteString("use", DistrictEnumText.ToText(b.Use));
            w.WriteNumber("occupants_day", b.OccupantsDay);
            w.WriteNumber("occupants_night", b.OccupantsNight);
            w.WriteString("street_code", b.StreetCode);
            w.WriteString("community_code", b.CommunityCode);
            w.WriteString("address", b.Address);
            w.WriteString("source_type", b.SourceType);
        });
        Layer(L.Shelters, model.Shelters, static s => s.Geometry, static (w, s) => w.WriteString("id", s.Id), static (w, s) =>
        {
            w.WriteString("id", s.Id);
            w.WriteString("name", s.Name);
            w.WriteString("name_en", s.NameEn);
            w.WriteString("category", DistrictEnumText.ToText(s.Category));
            w.WriteString("site_type", s.SiteType);
            w.WriteNumber("usable_area_m2", s.UsableAreaM2);
            w.WriteNumber("capacity_persons", s.CapacityPersons);
            w.WriteString("address", s.Address);
        });
        Layer(L.ShelterEntrances, Entrances(model.Shelters), static e => e.Point, null, static (w, e) =>
        {
            w.WriteString("shelter_id", e.ShelterId);
            w.WriteNumber("seq", e.Seq);
        });
        Layer(L.AssemblyPoints, model.AssemblyPoints, static a => a.Location, static (w, a) => w.WriteString("id", a.Id), static (w, a) =>
        {
            w.WriteString("id", a.Id);
            w.WriteString("name", a.Name);
            w.WriteString("community_code", a.CommunityCode);
        });
        progress?.Report(new OperationProgress("written", Files, Files));
    }

    // Writes a FeatureCollection: per feature the geometry, the optional feature "id" (RFC 7946 §3.2) and the
    // "properties" object, whose members `properties` writes.
    private static void WriteLayer<T>(
        string directory, string layer, IReadOnlyList<T> items, Func<T, Geometry> geometry, Action<Utf8JsonWriter, T>? id,
        Action<Utf8JsonWriter, T> properties)
    {
        AtomicFile.WriteStream(Path.Combine(directory, LayerFileName(layer)), stream =>
        {
            using var w = new Utf8JsonWriter(stream, WriterOptions);
            w.WriteStartObject();
            w.WriteString("type", "FeatureCollection");
            w.WriteString("name", layer);
            w.WriteStartArray("features");
            for (var i = 0; i < items.Count; i++)
            {
                var item = items[i];
                w.WriteStartObject();
                w.WriteString("type", "Feature");
                w.WritePropertyName("geometry");
                JsonSerializer.Serialize(w, RightHandRule.Apply(geometry(item)), GeometryWriteOptions);
                id?.Invoke(w, item);
                w.WriteStartObject("properties");
                properties(w, item);
                w.WriteEndObject();
                w.WriteEndObject();
                if ((i & 1023) == 1023)
                {
                    w.Flush();
                }
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static void WriteNullable<T>(Utf8JsonWriter w, string name, T? value)
        where T : struct
    {
        switch (value)
        {
            case null:
                w.WriteNull(name);
                break;
            case int i:
                w.WriteNumber(name, i);
                break;
            case long l:
                w.WriteNumber(name, l);
                break;
            case double d:
                w.WriteNumber(name, d);
                break;
            default:
                throw new NotSupportedException(typeof(T).Name);
        }
    }

    private static List<(string ShelterId, int Seq, Point Point)> Entrances(IReadOnlyList<Shelter> shelters)
    {
        var list = new List<(string, int, Point)>();
        for (var i = 0; i < shelters.Count; i++)
        {
            var shelter = shelters[i];
            for (var j = 0; j < shelter.Entrances.Count; j++)
            {
                list.Add((shelter.Id, j, shelter.Entrances[j]));
            }
        }

        return list;
    }

    private static JsonSerializerOptions CreateWriteOptions()
    {
        var options = new JsonSerializerOptions(GeoJsonLayerReader.GeometryOptions)
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
