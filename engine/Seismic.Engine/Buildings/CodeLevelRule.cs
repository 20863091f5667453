namespace Seismic.Engine.Buildings;

/// <summary>One row of the code-level table: an era and design-intensity range mapped to a HAZUS design level.</summary>
/// <param name="UnknownYear">True when the rule is for records without a year (then the year bounds are unused).</param>
/// <param name="YearMin">First year of the era (inclusive), null = open.</param>
/// <param name="YearMax">Last year of the era (inclusive), null = open.</param>
/// <param name="IntensityMin">Lowest design intensity matched; 0 stands for "none" (no seismic design).</param>
/// <param name="IntensityMax">Highest design intensity matched; 0 stands for "none".</param>
/// <param name="Level">The design level assigned.</param>
/// <param name="Line">Line of the row in its table.</param>
public sealed record CodeLevelRule(
    bool UnknownYear,
    int? YearMin,
    int? YearMax,
    int IntensityMin,
    int IntensityMax,
    CodeLevel Level,
    int Line)
{
    /// <summary>True when the rule applies to a building of that year and design intensity.</summary>
    /// <param name="year">Year built, null when unknown.</param>
    /// <param name="designIntensity">Design intensity 6–9, null when none.</param>
    public bool Matches(int? year, int? designIntensity)
    {
        var intensity = designIntensity ?? 0;
        if (intensity < IntensityMin || intensity > IntensityMax)
        {
            return false;
        }

        if (year is not { } y)
        {
            return UnknownYear;
        }

        return !UnknownYear && (YearMin is null || y >= YearMin) && (YearMax is null || y <= YearMax);
    }
}
