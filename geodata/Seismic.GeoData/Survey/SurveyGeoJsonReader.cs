using System.Globalization;
using NetTopologySuite.Geometries;
using Seismic.GeoData.GeoJson;

namespace Seismic.GeoData.Survey;

/// <summary>
/// Reads a survey as GeoJSON: one Feature per building whose properties carry the survey CSV columns (English or
/// Chinese names) and whose geometry is the footprint (a Polygon, MultiPolygon or Point in WGS84). Every problem is
/// listed per feature number (and "id", when the feature has one) and property; a missing, unreadable, empty,
/// out-of-range, invalid (e.g. self-intersecting) or wrongly typed geometry is one such problem, under the property
/// name "geometry", so one pass lists every bad feature and the import, being all or nothing, writes none of them.
/// </summary>
public static class SurveyGeoJsonReader
{
    /// <summary>Reads and validates a file.</summary>
    /// <param name="path">The .geojson file.</param>
    /// <param name="options">The import date and the unknown-column policy.</param>
    /// <returns>Valid rows (Line = feature number) and every problem.</returns>
    /// <exception cref="GeoDataException">The file is missing or not GeoJSON (invalid JSON, no FeatureCollection, or an
    /// element of "features" that is not a Feature).</exception>
    public static SurveyReadResult Read(string path, SurveyReadOptions options)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(options);
        var features = GeoJsonLayerReader.ReadAll(path);
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
                                "feature", feature.Id));
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

            var geometry = feature.Geometry;
            if (geometry is null)
            {
                GeometryError(errors, feature, feature.GeometryProblem ?? "the geometry was refused");
            }
            else if (geometry is not (Polygon or MultiPolygon or Point))
            {
                GeometryError(errors, feature, $"expected a Polygon, MultiPolygon or Point footprint, found {geometry.GeometryType}");
                geometry = null;
            }

            if (geometry is null)
            {
                // The properties are still checked so that the feature's other problems are listed in this pass.
                parser.CheckCells(feature.Number, cells, feature.Id);
            }
            else if (parser.Parse(feature.Number, cells, geometry, feature.Id) is { } row)
            {
                rows.Add(row);
            }
        }

        return new SurveyReadResult(path, "json", rows, errors, unknown);
    }

    private static void GeometryError(List<SurveyImportError> errors, GeoJsonLayerReader.FeatureRead feature, string problem) =>
        errors.Add(new SurveyImportError(feature.Number, "geometry", problem, "feature", feature.Id));

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
