using System.Globalization;

namespace Seismic.GeoData;

/// <summary>Fields of the CSV files the program writes (RFC 4180), one rule for every writer.</summary>
internal static class CsvField
{
    /// <summary>The text as one field: as it is, or in double quotes (inner quotes doubled) when it holds a comma, a
    /// quote or a line break.</summary>
    /// <param name="value">The text.</param>
    public static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>A length or time to one decimal, invariant culture; empty when it is unknown (NaN or infinite).</summary>
    /// <param name="value">The value.</param>
    public static string OneDecimal(double value) =>
        double.IsFinite(value) ? value.ToString("0.0", CultureInfo.InvariantCulture) : string.Empty;
}
