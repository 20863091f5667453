namespace Seismic.GeoData.Survey;

/// <summary>Choices for reading a survey file.</summary>
/// <param name="Today">The date the import runs (the caller's clock): years and survey dates after it are errors.</param>
/// <param name="AllowUnknownColumns">False (default): a column the format does not know is an error, so a misspelt
/// optional column cannot silently lose data. True: unknown columns are listed in
/// <see cref="SurveyReadResult.UnknownColumns"/> and ignored.</param>
public sealed record SurveyReadOptions(DateOnly Today, bool AllowUnknownColumns = false);
