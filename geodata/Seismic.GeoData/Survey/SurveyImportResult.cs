namespace Seismic.GeoData.Survey;

/// <summary>The outcome of a survey import: either every row was written or nothing was.</summary>
/// <param name="File">The survey file.</param>
/// <param name="Encoding">Encoding detected ("utf-8-bom", "utf-8", "gb18030", "json").</param>
/// <param name="Imported">Rows written (0 when there were errors).</param>
/// <param name="NewBuildings">Rows whose building id was not in the district and were added to its buildings layer.</param>
/// <param name="Errors">Every problem, in file order; empty on success.</param>
/// <param name="UnknownColumns">Headers or properties that name no survey column (errors unless allowed).</param>
public sealed record SurveyImportResult(
    string File, string Encoding, int Imported, int NewBuildings, IReadOnlyList<SurveyImportError> Errors,
    IReadOnlyList<string> UnknownColumns)
{
    /// <summary>True when the survey was written.</summary>
    public bool Succeeded => Errors.Count == 0;
}
