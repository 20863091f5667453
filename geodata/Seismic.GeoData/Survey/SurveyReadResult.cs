namespace Seismic.GeoData.Survey;

/// <summary>What a survey file held: the valid rows and every problem found.</summary>
/// <param name="File">The file read.</param>
/// <param name="Encoding">The encoding detected: "utf-8-bom", "utf-8", "gb18030" or "json".</param>
/// <param name="Rows">Rows without errors.</param>
/// <param name="Errors">Every problem, in file order; the file is importable only when empty.</param>
/// <param name="UnknownColumns">Headers that name no survey column.</param>
public sealed record SurveyReadResult(
    string File, string Encoding, IReadOnlyList<SurveyFileRow> Rows, IReadOnlyList<SurveyImportError> Errors,
    IReadOnlyList<string> UnknownColumns);
