using System.Globalization;
using OsmSharp.Tags;

namespace Seismic.GeoData.Osm;

/// <summary>Reading OpenStreetMap tag values: tolerant of a missing tag collection and of free-text numbers.</summary>
internal static class OsmTagValues
{
    /// <summary>The value of <paramref name="key"/>, or null when the tag or the whole collection is absent.</summary>
    public static string? Get(TagsCollectionBase? tags, string key) =>
        tags is not null && tags.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    /// <summary>True when the tag is present with any value but "no".</summary>
    public static bool IsSetAndNotNo(TagsCollectionBase? tags, string key)
    {
        var value = Get(tags, key);
        return value is not null && !value.Equals("no", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True when the tag has exactly <paramref name="expected"/> (case-insensitive).</summary>
    public static bool Is(TagsCollectionBase? tags, string key, string expected) =>
        string.Equals(Get(tags, key), expected, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Parses a length in metres as OSM writes it: "5", "5.5", "5 m", "5.5m", "5 metres". Feet, ranges, lists and
    /// comma decimals ("5,5" is ambiguous) are rejected so that the caller falls back to its default.
    /// </summary>
    /// <param name="value">Tag value or null.</param>
    /// <param name="maxMetres">Largest plausible value; larger ones are rejected as typos.</param>
    /// <param name="metres">The parsed length, &gt; 0.</param>
    public static bool TryParseMetres(string? value, double maxMetres, out double metres)
    {
        metres = 0;
        if (value is null)
        {
            return false;
        }

        var text = value.Trim();
        foreach (var unit in Units)
        {
            if (text.EndsWith(unit, StringComparison.OrdinalIgnoreCase))
            {
                text = text[..^unit.Length].TrimEnd();
                break;
            }
        }

        if (text.Length == 0 || !double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed))
        {
            return false;
        }

        if (!(parsed > 0 && parsed <= maxMetres))
        {
            return false;
        }

        metres = parsed;
        return true;
    }

    private static readonly string[] Units = ["metres", "meters", "metre", "meter", "m"];

    /// <summary>Parses a whole number such as "3" or "-1" (layer, levels); null when absent or not an integer.</summary>
    public static int? ParseInt(string? value) =>
        value is not null && int.TryParse(value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
            ? n
            : null;

    /// <summary>
    /// Reads a year from start_date-style values: "1925", "1925-06", "1925-06-01", "~1925". Decades ("1920s"),
    /// centuries and ranges are not a year and give null. Accepted range 1000–2100.
    /// </summary>
    public static int? ParseYear(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var text = value.Trim().TrimStart('~').TrimStart();
        if (text.Length < 4 || (text.Length > 4 && text[4] != '-'))
        {
            return null;
        }

        if (!int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return null;
        }

        return year is >= 1000 and <= 2100 ? year : null;
    }
}
