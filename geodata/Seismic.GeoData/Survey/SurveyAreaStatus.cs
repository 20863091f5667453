namespace Seismic.GeoData.Survey;

/// <summary>Survey progress of one street or community (or the whole district).</summary>
/// <param name="Code">Street or community code; the district code for the total.</param>
/// <param name="Name">Chinese name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="StreetCode">For a community, its street; empty otherwise.</param>
/// <param name="Buildings">Buildings in the area.</param>
/// <param name="Surveyed">Buildings with a survey.</param>
/// <param name="Overdue">Surveyed buildings whose survey is older than the cycle, or undated.</param>
public sealed record SurveyAreaStatus(
    string Code, string Name, string NameEn, string StreetCode, int Buildings, int Surveyed, int Overdue)
{
    /// <summary>Surveyed / buildings in percent, 0–100 (100 for an area without buildings).</summary>
    public double PercentDone => Buildings == 0 ? 100.0 : 100.0 * Surveyed / Buildings;

    /// <summary>Buildings still to survey.</summary>
    public int Remaining => Buildings - Surveyed;
}
