using System.Globalization;

namespace Seismic.GeoData.Survey;

/// <summary>One problem in a survey file: where it is and what is wrong.</summary>
/// <param name="Line">File line of the row (header = line 1) for CSV; the feature number (from 1) for GeoJSON; 0 for
/// the file as a whole.</param>
/// <param name="Column">Column (property) name, e.g. "year_built"; empty when the whole row is at fault.</param>
/// <param name="Message">What is wrong and how to fix it, e.g. "2031 is in the future".</param>
/// <param name="Unit">What <paramref name="Line"/> counts: "line" (CSV) or "feature" (GeoJSON).</param>
/// <param name="FeatureId">The GeoJSON feature's "id" member, when it has one; null for CSV.</param>
public sealed record SurveyImportError(int Line, string Column, string Message, string Unit = "line", string? FeatureId = null)
{
    /// <summary>"line 17, year_built: 2031 is in the future"; "feature 3 (id B-17), geometry: the geometry is empty".</summary>
    public override string ToString()
    {
        var where = Line <= 0 ? "file"
            : FeatureId is null ? string.Create(CultureInfo.InvariantCulture, $"{Unit} {Line}")
            : string.Create(CultureInfo.InvariantCulture, $"{Unit} {Line} (id {FeatureId})");
        return Column.Length > 0 ? $"{where}, {Column}: {Message}" : $"{where}: {Message}";
    }
}
