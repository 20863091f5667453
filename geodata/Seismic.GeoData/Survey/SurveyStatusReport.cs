namespace Seismic.GeoData.Survey;

/// <summary>Survey progress of a district on a date.</summary>
/// <param name="AsOf">The date the status is for.</param>
/// <param name="CycleYears">Resurvey cycle: a survey older than this many years is overdue.</param>
/// <param name="District">The district total.</param>
/// <param name="Streets">One row per street, in district order.</param>
/// <param name="Communities">One row per community, in district order.</param>
/// <param name="Unassigned">Buildings outside every community (counted in the total only).</param>
public sealed record SurveyStatusReport(
    DateOnly AsOf, int CycleYears, SurveyAreaStatus District, IReadOnlyList<SurveyAreaStatus> Streets,
    IReadOnlyList<SurveyAreaStatus> Communities, int Unassigned);
