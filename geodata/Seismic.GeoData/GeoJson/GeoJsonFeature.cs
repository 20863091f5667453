using System.Globalization;
using NetTopologySuite.Geometries;
using Seismic.GeoData.GeoPackage;

namespace Seismic.GeoData.GeoJson;

/// <summary>
/// One validated feature of a GeoJSON file: a valid WGS84 geometry and its properties, with typed accessors whose
/// errors name the file, the feature and the property.
/// </summary>
/// <remarks>
/// Property values are plain CLR values: <see cref="string"/>, <see cref="long"/> (whole JSON numbers),
/// <see cref="double"/> (other numbers), <see cref="bool"/>, null, or the raw JSON text of an array or object.
/// </remarks>
public sealed class GeoJsonFeature
{
    /// <summary>Creates a feature.</summary>
    /// <param name="file">The file it came from.</param>
    /// <param name="number">Position in the file's features array, counting from 1.</param>
    /// <param name="id">The feature's "id" member as text, or null when absent.</param>
    /// <param name="geometry">Its geometry, SRID 4326.</param>
    /// <param name="properties">Its properties (see the class remarks for value types).</param>
    public GeoJsonFeature(string file, int number, string? id, Geometry geometry, IReadOnlyDictionary<string, object?> properties)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(geometry);
        ArgumentNullException.ThrowIfNull(properties);
        File = file;
        Number = number;
        Id = id;
        Geometry = geometry;
        Properties = properties;
    }

    /// <summary>The file the feature came from.</summary>
    public string File { get; }

    /// <summary>Position in the features array, counting from 1.</summary>
    public int Number { get; }

    /// <summary>The "id" member as text (numbers in their JSON form), or null.</summary>
    public string? Id { get; }

    /// <summary>The geometry, WGS84 (SRID 4326), valid and within longitude/latitude range.</summary>
    public Geometry Geometry { get; }

    /// <summary>The properties by name.</summary>
    public IReadOnlyDictionary<string, object?> Properties { get; }

    /// <summary>Where the feature is, for messages: "feature 3" or "feature 3 (id B-17)".</summary>
    public string Location => DescribeLocation(Number, Id);

    /// <summary>A required text property; numbers are accepted in their invariant form.</summary>
    /// <param name="name">Property name.</param>
    public string RequireString(string name) => AsString(name, Require(name));

    /// <summary>An optional text property, <paramref name="fallback"/> when absent or null.</summary>
    /// <param name="name">Property name.</param>
    /// <param name="fallback">Value when absent.</param>
    public string OptionalString(string name, string fallback = "") =>
        Properties.TryGetValue(name, out var value) && value is not null ? AsString(name, value) : fallback;

    /// <summary>A required whole number.</summary>
    /// <param name="name">Property name.</param>
    public long RequireInt64(string name) => AsInt64(name, Require(name));

    /// <summary>A required whole number within the 32-bit range.</summary>
    /// <param name="name">Property name.</param>
    public int RequireInt32(string name) => ToInt32(name, RequireInt64(name));

    /// <summary>An optional whole number, null when absent or null.</summary>
    /// <param name="name">Property name.</param>
    public int? OptionalInt32(string name) =>
        Properties.TryGetValue(name, out var value) && value is not null ? ToInt32(name, AsInt64(name, value)) : null;

    /// <summary>An optional 64-bit whole number, null when absent or null.</summary>
    /// <param name="name">Property name.</param>
    public long? OptionalInt64(string name) =>
        Properties.TryGetValue(name, out var value) && value is not null ? AsInt64(name, value) : null;

    /// <summary>A required finite number.</summary>
    /// <param name="name">Property name.</param>
    public double RequireDouble(string name) => AsDouble(name, Require(name));

    /// <summary>An optional finite number, null when absent or null.</summary>
    /// <param name="name">Property name.</param>
    public double? OptionalDouble(string name) =>
        Properties.TryGetValue(name, out var value) && value is not null ? AsDouble(name, value) : null;

    /// <summary>A required flag: true/false, 1/0 or "yes"/"no".</summary>
    /// <param name="name">Property name.</param>
    public bool RequireBoolean(string name) => Require(name) switch
    {
        bool b => b,
        long l when l is 0 or 1 => l == 1,
        string s when s.Equals("yes", StringComparison.OrdinalIgnoreCase) || s.Equals("true", StringComparison.OrdinalIgnoreCase) => true,
        string s when s.Equals("no", StringComparison.OrdinalIgnoreCase) || s.Equals("false", StringComparison.OrdinalIgnoreCase) => false,
        var other => throw Error(name, $"expected true or false, found {Describe(other)}"),
    };

    /// <summary>A required enum stored as snake_case text (<see cref="DistrictEnumText"/>).</summary>
    /// <typeparam name="TEnum">The enum.</typeparam>
    /// <param name="name">Property name.</param>
    public TEnum RequireEnum<TEnum>(string name)
        where TEnum : struct, Enum
    {
        var text = RequireString(name);
        return DistrictEnumText.TryParse<TEnum>(text, out var value)
            ? value
            : throw Error(name, $"unknown value '{text}'; expected one of {string.Join(", ", DistrictEnumText.AllTexts<TEnum>())}");
    }

    /// <summary>An error about one property of this feature.</summary>
    /// <param name="property">Property name.</param>
    /// <param name="problem">What is wrong.</param>
    public GeoDataException Error(string property, string problem) =>
        new(File, $"{Location}, property '{property}'", problem);

    internal static string DescribeLocation(int number, string? id) =>
        id is null
            ? string.Create(CultureInfo.InvariantCulture, $"feature {number}")
            : string.Create(CultureInfo.InvariantCulture, $"feature {number} (id {id})");

    private object Require(string name)
    {
        if (!Properties.TryGetValue(name, out var value))
        {
            throw Error(name, "required property is missing");
        }

        return value ?? throw Error(name, "required property is null");
    }

    private string AsString(string name, object value) => value switch
    {
        string s => s,
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        _ => throw Error(name, $"expected text, found {Describe(value)}"),
    };

    private long AsInt64(string name, object value) => value switch
    {
        long l => l,
        double d when Math.Floor(d) == d && d is >= long.MinValue and <= long.MaxValue => (long)d,
        string s when long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => throw Error(name, $"expected a whole number, found {Describe(value)}"),
    };

    private double AsDouble(string name, object value) => value switch
    {
        long l => l,
        double d => d,
        string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)
                      && double.IsFinite(parsed) => parsed,
        _ => throw Error(name, $"expected a number, found {Describe(value)}"),
    };

    private int ToInt32(string name, long value) =>
        value is >= int.MinValue and <= int.MaxValue
            ? (int)value
            : throw Error(name, string.Create(CultureInfo.InvariantCulture, $"{value} is out of range"));

    private static string Describe(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "a value",
    };
}
