using Seismic.Engine.District;

namespace Seismic.GeoData.Survey;

/// <summary>
/// Survey progress per street and community: buildings surveyed out of all buildings, percent done and overdue
/// surveys. A survey is overdue when its date is more than the resurvey cycle (default 5 years) before the status
/// date, or when it has no date (the cycle cannot be shown to be met). The status date is passed in; nothing here
/// reads the clock.
/// </summary>
public static class SurveyStatus
{
    /// <summary>Default resurvey cycle in years.</summary>
    public const int DefaultCycleYears = 5;

    /// <summary>Computes the progress.</summary>
    /// <param name="model">The district (its buildings are the total to survey).</param>
    /// <param name="survey">The survey layer; rows of ids not in the district are ignored.</param>
    /// <param name="asOf">Status date.</param>
    /// <param name="cycleYears">Resurvey cycle in years, ≥ 1.</param>
    /// <returns>Totals per street and community.</returns>
    public static SurveyStatusReport Compute(DistrictModel model, IReadOnlyList<SurveyEntry> survey, DateOnly asOf, int cycleYears = DefaultCycleYears)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentOutOfRangeException.ThrowIfLessThan(cycleYears, 1);
        var byId = new Dictionary<string, SurveyEntry>(survey.Count, StringComparer.Ordinal);
        foreach (var entry in survey)
        {
            byId[entry.Record.Id] = entry;
        }

        var dueBefore = asOf.AddYears(-cycleYears);
        var streetIndex = Index(model.Streets.Count, i => model.Streets[i].Code);
        var communityIndex = Index(model.Communities.Count, i => model.Communities[i].Code);
        var streetCounts = new int[model.Streets.Count, 3];
        var communityCounts = new int[model.Communities.Count, 3];
        int total = 0, surveyed = 0, overdue = 0, unassigned = 0;
        foreach (var building in model.Buildings)
        {
            var isSurveyed = byId.TryGetValue(building.Id, out var entry) && entry.Surveyed;
            var isOverdue = isSurveyed && (entry!.Record.SurveyDate is not { } date || date < dueBefore);
            total++;
            surveyed += isSurveyed ? 1 : 0;
            overdue += isOverdue ? 1 : 0;
            var community = isSurveyed && entry!.Record.CommunityCode.Length > 0 ? entry.Record.CommunityCode : building.CommunityCode;
            var street = isSurveyed && entry!.Record.StreetCode.Length > 0 ? entry.Record.StreetCode : building.StreetCode;
            if (communityIndex.TryGetValue(community, out var c))
            {
                Count(communityCounts, c, isSurveyed, isOverdue);
            }
            else
            {
                unassigned++;
            }

            if (streetIndex.TryGetValue(street, out var s))
            {
                Count(streetCounts, s, isSurveyed, isOverdue);
            }
        }

        var streets = new List<SurveyAreaStatus>(model.Streets.Count);
        for (var i = 0; i < model.Streets.Count; i++)
        {
            var s = model.Streets[i];
            streets.Add(new SurveyAreaStatus(s.Code, s.Name, s.NameEn, string.Empty, streetCounts[i, 0], streetCounts[i, 1], streetCounts[i, 2]));
        }

        var communities = new List<SurveyAreaStatus>(model.Communities.Count);
        for (var i = 0; i < model.Communities.Count; i++)
        {
            var c = model.Communities[i];
            communities.Add(new SurveyAreaStatus(c.Code, c.Name, c.NameEn, c.StreetCode, communityCounts[i, 0], communityCounts[i, 1], communityCounts[i, 2]));
        }

        var district = new SurveyAreaStatus(model.Info.Code, model.Info.Name, model.Info.NameEn, string.Empty, total, surveyed, overdue);
        return new SurveyStatusReport(asOf, cycleYears, district, streets, communities, unassigned);
    }

    private static Dictionary<string, int> Index(int count, Func<int, string> code)
    {
        var map = new Dictionary<string, int>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            map.TryAdd(code(i), i);
        }

        return map;
    }

    private static void Count(int[,] counts, int i, bool surveyed, bool overdue)
    {
        counts[i, 0]++;
        counts[i, 1] += surveyed ? 1 : 0;
        counts[i, 2] += overdue ? 1 : 0;
    }
}
