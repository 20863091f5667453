using System.Globalization;
using Seismic.GeoData.GeoJson;

namespace Seismic.GeoData.Survey;

/// <summary>
/// Reads a survey as GeoJSON: one Feature per building whose properties carry the survey CSV columns (English or
/// Chinese names) and whose geometry is the footprint (a Polygon, MultiPolygon or Point in WGS84). Problems are
/// reported per feature number and property; an invalid geometry stops the read with a <see cref="GeoDataException"/>.
/// </summary>
public static class SurveyGeoJsonReader
{
    /// <summary>Reads and validates a file.</summary>
    /// <param name="path">The .geojson file.</param>
    /// <param name="options">The import date and the unknown-column policy.</param>
    /// <returns>Valid rows (Line = feature number) and every problem.</returns>
    /// <exception cref="GeoDataException">The file is missing, not GeoJSON, or holds an invalid geometry.</exception>
    public static SurveyReadResult Read(string path, SurveyReadOptions options)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(options);
        var features = GeoJsonLayerReader.Read(path);
        var errors = new List<SurveyImportError>();
        var rows = new List<SurveyFileRow>();
        var unknown = new List<string>();
        var parser = new SurveyRowParser(options.Today, "feature", errors);
        var cells = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var feature in features)
        {
            cells.Clear();
            foreach (var (name, value) in feature.Properties)
            {
                var column = SurveyColumns.Resolve(name);
                if (column is null)
                {
                    if (!unknown.Contains(name))
                    {
                        unknown.Add(name);
                        if (!options.AllowUnknownColumns)
                        {
                            errors.Add(new SurveyImportError(feature.Number, name,
                                "unknown property; rename it to a survey column (see README \"The survey CSV\") or pass --allow-unknown-columns to ignore it",
                                "feature"));
                        }
                    }

                    continue;
                }

                cells[column] = Cell(value);
            }

            if (feature.Id is { } id && !cells.ContainsKey(SurveyColumns.BuildingId))
            {
                cells[SurveyColumns.BuildingId] = id;
            }

            if (feature.Geometry is not (NetTopologySuite.Geometries.Polygon or NetTopologySuite.Geometries.MultiPolygon or NetTopologySuite.Geometries.Point))
            {
                errors.Add(new SurveyImportError(feature.Number, "geometry",
                    $"expected a Polygon, MultiPolygon or Point footprint, found {feature.Geometry.GeometryType}", "feature"));
                continue;
            }

            if (parser.Parse(feature.Number, cells, feature.Geometry) is { } row)
            {
                rows.Add(row);
            }
        }

        return new SurveyReadResult(path, "json", rows, errors, unknown);
    }

    private static string Cell(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        bool b => b ? "yes" : "no",
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
