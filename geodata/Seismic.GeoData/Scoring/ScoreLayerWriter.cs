using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Seismic.Engine.District;
using Seismic.GeoData.GeoJson;
using Seismic.GeoData.GeoPackage;

namespace Seismic.GeoData.Scoring;

/// <summary>
/// Writes a score layer as CSV (with the location as lon/lat of an interior point), GeoJSON (footprints) or a
/// GeoPackage with one <c>scores</c> feature table, chosen by the file extension; always through a temporary file.
/// Columns: <see cref="Columns"/>.
/// </summary>
public static class ScoreLayerWriter
{
    /// <summary>Table name in a GeoPackage output.</summary>
    public const string TableName = "scores";

    /// <summary>The layer's attribute columns, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "building_id", "surveyed", "hazus_type", "code_level", "gem_taxonomy", "rvs_score", "detailed_evaluation",
        "pga_g", "p_slight", "p_moderate", "p_extensive", "p_complete", "p_collapse", "casualties_day", "casualties_night",
        "fatalities_day", "fatalities_night", "resilience_index", "grade", "resilience_index_rare", "grade_rare",
        "appraisal_category", "retrofit_rank", "key_category",
    ];

    private static readonly LayerColumn[] SqlColumns =
    [
        new("building_id", "TEXT NOT NULL"), new("surveyed", "BOOLEAN NOT NULL"), new("hazus_type", "TEXT NOT NULL"),
        new("code_level", "TEXT NOT NULL"), new("gem_taxonomy", "TEXT NOT NULL"), new("rvs_score", "REAL NOT NULL"),
        new("detailed_evaluation", "BOOLEAN NOT NULL"), new("pga_g", "REAL NOT NULL"), new("p_slight", "REAL NOT NULL"),
        new("p_moderate", "REAL NOT NULL"), new("p_extensive", "REAL NOT NULL"), new("p_complete", "REAL NOT NULL"),
        new("p_collapse", "REAL NOT NULL"), new("casualties_day", "REAL NOT NULL"), new("casualties_night", "REAL NOT NULL"),
        new("fatalities_day", "REAL NOT NULL"), new("fatalities_night", "REAL NOT NULL"),
        new("resilience_index", "REAL NOT NULL"), new("grade", "TEXT NOT NULL"), new("resilience_index_rare", "REAL NOT NULL"),
        new("grade_rare", "TEXT NOT NULL"), new("appraisal_category", "TEXT NOT NULL"), new("retrofit_rank", "INTEGER"),
        new("key_category", "BOOLEAN NOT NULL"),
    ];

    /// <summary>Writes the layer; the format follows the extension (.csv, .geojson/.json, .gpkg).</summary>
    /// <param name="scores">The scores.</param>
    /// <param name="path">Output file.</param>
    /// <exception cref="GeoDataException">The extension is none of those.</exception>
    public static void Write(DistrictScores scores, string path)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentException.ThrowIfNullOrEmpty(path);
        switch (Path.GetExtension(path).ToLowerInvariant())
        {
            case ".csv":
                AtomicFile.WriteStream(path, stream => WriteCsv(scores, stream));
                break;
            case ".geojson" or ".json":
                AtomicFile.WriteStream(path, stream => WriteGeoJson(scores, stream));
                break;
            case ".gpkg":
                AtomicFile.Write(path, temp => WriteGeoPackage(scores, temp));
                break;
            default:
                throw new GeoDataException(path, null, "unknown output type; use .csv, .geojson or .gpkg");
        }
    }

    /// <summary>The attribute values of building <paramref name="i"/> in <see cref="Columns"/> order (numbers unformatted).</summary>
    internal static object?[] Values(DistrictScores s, int i)
    {
        var o = s.Outputs;
        var r = s.Entries[i].Record;
        return
        [
            r.Id, s.Entries[i].Surveyed, s.HazusType[i], s.CodeLevel[i].ToString().ToLowerInvariant(), s.GemTaxonomy[i],
            o.RvsScore[i], s.DetailedEvaluation[i], s.PgaG, o.Slight[i], o.Moderate[i], o.Extensive[i], o.Complete[i],
            o.Collapse[i], s.CasualtiesDay[i], s.CasualtiesNight[i], s.FatalitiesDay[i], s.FatalitiesNight[i],
            o.ResilienceDesign[i], s.Grade[i].ToString(), o.ResilienceRare[i], s.GradeRare[i].ToString(),
            s.Appraisal[i].ToString(), s.RetrofitRank[i] > 0 ? s.RetrofitRank[i] : null, r.IsKeyCategory,
        ];
    }

    private static void WriteCsv(DistrictScores s, Stream stream)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16);
        writer.Write(string.Join(',', Columns));
        writer.Write(",lon,lat\n");
        for (var i = 0; i < s.Count; i++)
        {
            var values = Values(s, i);
            for (var c = 0; c < values.Length; c++)
            {
                if (c > 0)
                {
                    writer.Write(',');
                }

                writer.Write(CsvCell(values[c]));
            }

            var at = Anchor(s.Entries[i].Record.Footprint);
            writer.Write(string.Create(CultureInfo.InvariantCulture, $",{at.X:0.#######},{at.Y:0.#######}\n"));
        }
    }

    private static string CsvCell(object? value) => value switch
    {
        null => string.Empty,
        bool b => b ? "yes" : "no",
        double d => d.ToString("G6", CultureInfo.InvariantCulture),
        int n => n.ToString(CultureInfo.InvariantCulture),
        string t when t.Contains(',', StringComparison.Ordinal) || t.Contains('"', StringComparison.Ordinal) => "\"" + t.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"",
        string t => t,
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    private static void WriteGeoJson(DistrictScores s, Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        json.WriteStartArray("features");
        for (var i = 0; i < s.Count; i++)
        {
            json.WriteStartObject();
            json.WriteString("type", "Feature");
            json.WritePropertyName("geometry");
            JsonSerializer.Serialize(json, s.Entries[i].Record.Footprint, GeoJsonLayerReader.GeometryOptions);
            json.WriteStartObject("properties");
            var values = Values(s, i);
            for (var c = 0; c < values.Length; c++)
            {
                json.WritePropertyName(Columns[c]);
                switch (values[c])
                {
                    case null: json.WriteNullValue(); break;
                    case bool b: json.WriteBooleanValue(b); break;
                    case double d: json.WriteNumberValue(Math.Round(d, 6)); break;
                    case int n: json.WriteNumberValue(n); break;
                    case var v: json.WriteStringValue(Convert.ToString(v, CultureInfo.InvariantCulture)); break;
                }
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    // The file is a fresh temporary that replaces the destination only when complete; a crash mid-write loses
    // only the temporary, so SQLite's own journal and syncs buy nothing here and cost most of the write time.
    private static void WriteGeoPackage(DistrictScores s, string path)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString());
        connection.Open();
        GeoPackageSchema.Execute(connection, null,
            $"PRAGMA application_id = {GeoPackageSchema.ApplicationId}; PRAGMA user_version = {GeoPackageSchema.UserVersion}; PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF;");
        using var transaction = connection.BeginTransaction();
        GeoPackageSchema.CreateCore(connection, transaction);
        var extent = new Envelope();
        for (var i = 0; i < s.Count; i++)
        {
            extent.ExpandToInclude(s.Entries[i].Record.Footprint.EnvelopeInternal);
        }

        GeoPackageSchema.CreateFeatureTable(connection, transaction, TableName,
            string.Create(CultureInfo.InvariantCulture, $"Building scores at PGA {s.PgaG:0.###} g: FEMA 154, HAZUS damage and casualties, resilience index, GB 50023 appraisal, retrofit rank"),
            "GEOMETRY", extent, SqlColumns);
        using var insert = GeoPackageSchema.PrepareInsert(connection, transaction, TableName, true, SqlColumns);
        var writer = new GeoPackageGeoWriter();
        var p = insert.Parameters;
        for (var i = 0; i < s.Count; i++)
        {
            var g = s.Entries[i].Record.Footprint;
            p[0].Value = writer.Write(g.SRID == DistrictGeometry.Wgs84Srid ? g : DistrictGeometry.Factory.CreateGeometry(g));
            var values = Values(s, i);
            for (var c = 0; c < values.Length; c++)
            {
                p[c + 1].Value = values[c] ?? DBNull.Value;
            }

            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    private static Point Anchor(Geometry g) => g as Point ?? g.InteriorPoint;
}
