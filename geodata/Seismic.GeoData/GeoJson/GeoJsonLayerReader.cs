using System.Globalization;
using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using NetTopologySuite.Operation.Valid;
using Seismic.Engine.District;

namespace Seismic.GeoData.GeoJson;

/// <summary>
/// Reads and validates one GeoJSON file (RFC 7946): a FeatureCollection (or a single Feature) whose geometries must be
/// present, valid in the OGC simple-features sense and within longitude [−180, 180] / latitude [−90, 90].
/// </summary>
internal static class GeoJsonLayerReader
{
    internal static readonly JsonSerializerOptions GeometryOptions = CreateOptions();

    public static List<GeoJsonFeature> Read(string path) => ReadCore(path, static (file, f) => f.Geometry is { } geometry
        ? new GeoJsonFeature(file, f.Number, f.Id, geometry, f.Properties)
        : throw new GeoDataException(file, GeoJsonFeature.DescribeLocation(f.Number, f.Id), f.GeometryProblem!, f.GeometryCause));

    /// <summary>
    /// Reads every feature, going on past bad geometries: a feature whose geometry is missing, unreadable, empty, out
    /// of WGS84 range or invalid comes back with its properties and the reason, so that a caller can list every bad
    /// feature of a file in one pass. A file that is not GeoJSON, or an element that is not a Feature, still throws.
    /// </summary>
    public static List<FeatureRead> ReadAll(string path) => ReadCore(path, static (_, f) => f);

    private static List<T> ReadCore<T>(string path, Func<string, FeatureRead, T> accept)
    {
        if (!File.Exists(path))
        {
            throw new GeoDataException(path, null, "file not found");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllBytes(path),
                new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new GeoDataException(path, JsonLine(e), $"invalid JSON: {e.Message}", e);
        }

        using (document)
        {
            var root = document.RootElement;
            var type = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("type", out var t)
                && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            if (type == "Feature")
            {
                return [accept(path, ReadFeature(path, root, 1))];
            }

            if (type != "FeatureCollection" || !root.TryGetProperty("features", out var features)
                || features.ValueKind != JsonValueKind.Array)
            {
                throw new GeoDataException(path, null,
                    "not a GeoJSON FeatureCollection (expected {\"type\": \"FeatureCollection\", \"features\": [...]})");
            }

            var list = new List<T>(features.GetArrayLength());
            var number = 0;
            foreach (var feature in features.EnumerateArray())
            {
                list.Add(accept(path, ReadFeature(path, feature, ++number)));
            }

            return list;
        }
    }

    private static FeatureRead ReadFeature(string path, JsonElement feature, int number)
    {
        if (feature.ValueKind != JsonValueKind.Object)
        {
            throw new GeoDataException(path, GeoJsonFeature.DescribeLocation(number, null), "not a JSON object");
        }

        string? id = null;
        if (feature.TryGetProperty("id", out var idElement))
        {
            id = idElement.ValueKind switch
            {
                JsonValueKind.String => idElement.GetString(),
                JsonValueKind.Number => idElement.GetRawText(),
                _ => null,
            };
        }

        var location = GeoJsonFeature.DescribeLocation(number, id);
        if (!feature.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String
            || type.GetString() != "Feature")
        {
            throw new GeoDataException(path, location, "not a GeoJSON Feature (\"type\": \"Feature\" is missing)");
        }

        var geometry = ReadGeometry(feature, out var problem, out var cause);
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (feature.TryGetProperty("properties", out var props) && props.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in props.EnumerateObject())
            {
                properties[property.Name] = ToValue(property.Value);
            }
        }

        return new FeatureRead(number, id, geometry, problem, cause, properties);
    }

    // Null geometry with the problem (and the exception behind it, if any) when the geometry is refused.
    private static Geometry? ReadGeometry(JsonElement feature, out string? problem, out Exception? cause)
    {
        cause = null;
        if (!feature.TryGetProperty("geometry", out var element) || element.ValueKind == JsonValueKind.Null)
        {
            problem = "the feature has no geometry";
            return null;
        }

        Geometry? geometry;
        try
        {
            geometry = element.Deserialize<Geometry>(GeometryOptions);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException
                                      or NotSupportedException or FormatException)
        {
            problem = $"unreadable geometry: {e.Message}";
            cause = e;
            return null;
        }

        if (geometry is null || geometry.IsEmpty)
        {
            problem = "the geometry is empty";
            return null;
        }

        var range = new RangeCheck();
        geometry.Apply(range);
        if (range.Bad is { } bad)
        {
            problem = string.Create(CultureInfo.InvariantCulture,
                $"coordinate ({bad.X}, {bad.Y}) is outside WGS84 range (longitude −180…180, latitude −90…90); GeoJSON coordinates are [longitude, latitude] in degrees");
            return null;
        }

        var validity = new IsValidOp(geometry);
        if (!validity.IsValid)
        {
            var error = validity.ValidationError;
            problem = string.Create(CultureInfo.InvariantCulture,
                $"invalid {geometry.GeometryType}: {error.Message} at ({error.Coordinate?.X}, {error.Coordinate?.Y})");
            return null;
        }

        geometry.SRID = DistrictGeometry.Wgs84Srid;
        problem = null;
        return geometry;
    }

    private static object? ToValue(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.TryGetInt64(out var whole) ? whole : value.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => value.GetRawText(),
    };

    private static string? JsonLine(JsonException e) =>
        e.LineNumber is { } line ? string.Create(CultureInfo.InvariantCulture, $"line {line + 1}") : null;

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions();
        options.Converters.Add(new GeoJsonConverterFactory(DistrictGeometry.Factory));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>One feature as read: its geometry, or why the geometry was refused, and its properties.</summary>
    /// <param name="Number">Position in the features array, counting from 1.</param>
    /// <param name="Id">The "id" member as text, or null.</param>
    /// <param name="Geometry">The valid WGS84 geometry, or null when refused.</param>
    /// <param name="GeometryProblem">Why the geometry was refused (one line), or null.</param>
    /// <param name="GeometryCause">The parser exception behind an unreadable geometry, or null.</param>
    /// <param name="Properties">The properties by name (see <see cref="GeoJsonFeature"/> for value types).</param>
    internal sealed record FeatureRead(
        int Number, string? Id, Geometry? Geometry, string? GeometryProblem, Exception? GeometryCause,
        IReadOnlyDictionary<string, object?> Properties);

    // Finds the first coordinate that is not a finite longitude/latitude pair.
    private sealed class RangeCheck : ICoordinateSequenceFilter
    {
        public Coordinate? Bad { get; private set; }

        public bool Done => Bad is not null;

        public bool GeometryChanged => false;

        public void Filter(CoordinateSequence seq, int i)
        {
            double x = seq.GetX(i), y = seq.GetY(i);
            if (!(x >= -180 && x <= 180 && y >= -90 && y <= 90))
            {
                Bad = new Coordinate(x, y);
            }
        }
    }
}
