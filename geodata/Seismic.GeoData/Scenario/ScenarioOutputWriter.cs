using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Seismic.Engine.District;
using Seismic.Engine.Risk.Scenario;
using Seismic.GeoData.GeoPackage;

namespace Seismic.GeoData.Scenario;

/// <summary>
/// Writes a scenario's outputs into a folder, each file atomically: buildings.csv and scenario.gpkg (layer
/// <see cref="TableName"/>), community.csv and street.csv (with the intensity statistics of each area's buildings)
/// and summary.json (snake_case keys). Numbers use the invariant culture and
/// round-trip formatting, so a reproducible run gives identical files.
/// </summary>
public static class ScenarioOutputWriter
{
    /// <summary>GeoPackage layer name of the per-building results.</summary>
    public const string TableName = "scenario_buildings";

    /// <summary>File names written into the output folder.</summary>
    public static IReadOnlyList<string> Files { get; } = ["buildings.csv", "scenario.gpkg", "community.csv", "street.csv", "summary.json"];

    private static readonly LayerColumn[] SqlColumns =
    [
        new("building_id", "TEXT NOT NULL"), new("hazus_type", "TEXT NOT NULL"), new("code_level", "TEXT NOT NULL"),
        new("community", "TEXT NOT NULL"), new("street", "TEXT NOT NULL"), new("vs30", "REAL NOT NULL"),
        new("median_pga_g", "REAL NOT NULL"), new("intensity", "REAL NOT NULL"), new("p_slight", "REAL NOT NULL"),
        new("p_moderate", "REAL NOT NULL"), new("p_extensive", "REAL NOT NULL"), new("p_complete", "REAL NOT NULL"),
        new("p_collapse", "REAL NOT NULL"), new("casualties_sev1", "REAL NOT NULL"), new("casualties_sev2", "REAL NOT NULL"),
        new("casualties_sev3", "REAL NOT NULL"), new("casualties_sev4", "REAL NOT NULL"), new("displaced", "REAL NOT NULL"),
    ];

    /// <summary>Number of highest-intensity communities listed in summary.json.</summary>
    public const int HighestIntensityCount = 5;

    private static readonly string[] Metrics =
        ["collapsed", "at_least_extensive", "casualties_sev1", "casualties_sev2", "casualties_sev3", "casualties_sev4", "displaced"];

    /// <summary>Writes every output file into <paramref name="folder"/> (created when missing).</summary>
    /// <param name="result">The scenario result.</param>
    /// <param name="district">The district the result was computed for.</param>
    /// <param name="folder">Output folder.</param>
    public static void Write(ScenarioResult result, ScenarioDistrict district, string folder)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(district);
        ArgumentException.ThrowIfNullOrEmpty(folder);
        Directory.CreateDirectory(folder);
        AtomicFile.WriteStream(Path.Combine(folder, "buildings.csv"), s => WriteBuildingsCsv(result, district, s));
        AtomicFile.Write(Path.Combine(folder, "scenario.gpkg"), temp => WriteGeoPackage(result, district, temp));
        AtomicFile.WriteStream(Path.Combine(folder, "community.csv"), s => WriteAreas(result.Communities, "community", s));
        AtomicFile.WriteStream(Path.Combine(folder, "street.csv"), s => WriteAreas(result.Streets, "street", s));
        AtomicFile.WriteStream(Path.Combine(folder, "summary.json"), s => WriteSummary(result, s));
    }

    private static string F(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    private static object[] Values(ScenarioResult result, ScenarioDistrict d, int i)
    {
        var b = result.Buildings;
        var inputs = d.Inputs;
        return
        [
            d.Entries[i].Record.Id, d.HazusTypes[i], d.CodeLevels[i].ToString().ToLowerInvariant(),
            inputs.CommunityNames[inputs.Community[i]], inputs.StreetNames[inputs.Street[i]], inputs.Vs30[i],
            b.MedianPgaG[i], b.Intensity[i], b.Slight[i], b.Moderate[i], b.Extensive[i], b.Complete[i], b.Collapse[i],
            b.Severity1[i], b.Severity2[i], b.Severity3[i], b.Severity4[i], b.Displaced[i],
        ];
    }

    private static void WriteBuildingsCsv(ScenarioResult result, ScenarioDistrict d, Stream stream)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16);
        for (var c = 0; c < SqlColumns.Length; c++)
        {
            writer.Write(SqlColumns[c].Name);
            writer.Write(',');
        }

        writer.Write("lon,lat\n");
        for (var i = 0; i < d.Inputs.Count; i++)
        {
            foreach (var v in Values(result, d, i))
            {
                writer.Write(v is double x ? F(x) : CsvField.Quote((string)v));
                writer.Write(',');
            }

            var anchor = d.Entries[i].Record.Footprint.Centroid;
            writer.Write(F(anchor.X));
            writer.Write(',');
            writer.Write(F(anchor.Y));
            writer.Write('\n');
        }
    }

    private static void WriteAreas(IReadOnlyList<ScenarioAreaSummary> areas, string label, Stream stream)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false));
        writer.Write($"{label},buildings,residents");
        foreach (var m in Metrics)
        {
            writer.Write($",{m}_mean,{m}_p5,{m}_p50,{m}_p95");
        }

        writer.Write(",intensity_mean,intensity_p5,intensity_p50,intensity_p95\n");
        foreach (var a in areas)
        {
            writer.Write(CsvField.Quote(a.Name));
            writer.Write(',');
            writer.Write(a.Buildings.ToString(CultureInfo.InvariantCulture));
            writer.Write(',');
            writer.Write(F(a.Residents));
            foreach (var s in Stats(a))
            {
                writer.Write($",{F(s.Mean)},{F(s.P5)},{F(s.P50)},{F(s.P95)}");
            }

            var i = a.Intensity;
            writer.Write($",{F(i.Mean)},{F(i.P5)},{F(i.P50)},{F(i.P95)}");
            writer.Write('\n');
        }
    }

    private static ScenarioStatistic[] Stats(ScenarioAreaSummary a) =>
        [a.Collapsed, a.AtLeastExtensive, a.Severity1, a.Severity2, a.Severity3, a.Severity4, a.Displaced];

    // snake_case keys, as every other JSON output of the toolkit. Rupture fields are null for given fields.
    private static void WriteSummary(ScenarioResult result, Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        var d = result.Definition;
        var given = d.GivenFields is not null;
        json.WriteStartObject();
        json.WriteString("ground_motion", given ? "given" : "simulated");
        if (given)
        {
            json.WriteString("gmf", d.GivenFields);
        }

        NumberOrNull(json, "lon", given, d.Rupture.EpicentreLonDeg);
        NumberOrNull(json, "lat", given, d.Rupture.EpicentreLatDeg);
        NumberOrNull(json, "depth_km", given, d.Rupture.HypocentreDepthKm);
        NumberOrNull(json, "magnitude", given, d.Rupture.MomentMagnitude);
        if (given)
        {
            json.WriteNull("model");
            json.WriteNull("seed");
        }
        else
        {
            json.WriteString("model", d.ModelName);
        }

        json.WriteString("imt", "PGA");
        json.WriteNumber("realizations", d.Realizations);
        if (!given)
        {
            json.WriteNumber("seed", d.Seed);
        }

        json.WriteString("occupancy", d.Night ? "night" : "day");
        json.WriteNumber("moderate_displaced_share", d.ModerateDisplacedShare);
        json.WriteNumber("buildings", result.District.Buildings);
        json.WriteNumber("residents", result.District.Residents);
        json.WriteNumber("site_cells", result.SiteCells);
        json.WriteStartObject("district");
        var stats = Stats(result.District);
        for (var m = 0; m < Metrics.Length; m++)
        {
            Statistic(json, Metrics[m], stats[m]);
        }

        Statistic(json, "intensity", result.District.Intensity);
        json.WriteEndObject();
        json.WriteStartArray("highest_intensity_communities");
        foreach (var c in result.HighestIntensityCommunities(HighestIntensityCount))
        {
            json.WriteStartObject();
            json.WriteString("community", c.Name);
            json.WriteNumber("buildings", c.Buildings);
            Statistic(json, "intensity", c.Intensity);
            json.WriteNumber("collapsed_mean", c.Collapsed.Mean);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void NumberOrNull(Utf8JsonWriter json, string name, bool isNull, double value)
    {
        if (isNull)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteNumber(name, value);
        }
    }

    private static void Statistic(Utf8JsonWriter json, string name, ScenarioStatistic s)
    {
        json.WriteStartObject(name);
        foreach (var (key, value) in new[] { ("mean", s.Mean), ("p5", s.P5), ("p50", s.P50), ("p95", s.P95) })
        {
            // JSON has no NaN (an area without buildings has no intensity).
            NumberOrNull(json, key, double.IsNaN(value), value);
        }

        json.WriteEndObject();
    }

    private static void WriteGeoPackage(ScenarioResult result, ScenarioDistrict d, string path)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString());
        connection.Open();
        GeoPackageSchema.Execute(connection, null,
            $"PRAGMA application_id = {GeoPackageSchema.ApplicationId}; PRAGMA user_version = {GeoPackageSchema.UserVersion}; PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF;");
        using var transaction = connection.BeginTransaction();
        GeoPackageSchema.CreateCore(connection, transaction);
        var extent = new Envelope();
        foreach (var e in d.Entries)
        {
            extent.ExpandToInclude(e.Record.Footprint.EnvelopeInternal);
        }

        var def = result.Definition;
        GeoPackageSchema.CreateFeatureTable(connection, transaction, TableName,
            def.GivenFields is { } gmf
                ? string.Create(CultureInfo.InvariantCulture, $"Scenario on the given ground-motion fields {gmf}, {def.Realizations} events of PGA: mean HAZUS damage, casualties and displaced residents")
                : string.Create(CultureInfo.InvariantCulture, $"Scenario M{def.Rupture.MomentMagnitude:0.0} at ({def.Rupture.EpicentreLonDeg:0.####}, {def.Rupture.EpicentreLatDeg:0.####}), {def.Realizations} realizations of {def.ModelName} PGA: mean HAZUS damage, casualties and displaced residents"),
            "GEOMETRY", extent, SqlColumns);
        using var insert = GeoPackageSchema.PrepareInsert(connection, transaction, TableName, true, SqlColumns);
        var writer = new GeoPackageGeoWriter();
        var p = insert.Parameters;
        for (var i = 0; i < d.Inputs.Count; i++)
        {
            var g = d.Entries[i].Record.Footprint;
            p[0].Value = writer.Write(g.SRID == DistrictGeometry.Wgs84Srid ? g : DistrictGeometry.Factory.CreateGeometry(g));
            var values = Values(result, d, i);
            for (var c = 0; c < values.Length; c++)
            {
                p[c + 1].Value = values[c];
            }

            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }
}
