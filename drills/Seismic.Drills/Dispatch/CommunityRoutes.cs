using Seismic.Drills.Plans;

namespace Seismic.Drills.Dispatch;

/// <summary>
/// The shelter a community's message names: roster people are not tied to buildings, so a community's message names
/// the shelter that serves most of its buildings in the evacuation plan, with the median walk to it.
/// </summary>
public static class CommunityRoutes
{
    /// <summary>Picks one route per community.</summary>
    /// <param name="routes">The plan's per-building routes.</param>
    /// <returns>Community → the building route with the median walk among those going to the community's main shelter.</returns>
    public static IReadOnlyDictionary<string, BuildingRoute> Summarise(IReadOnlyList<BuildingRoute> routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        var result = new Dictionary<string, BuildingRoute>(StringComparer.Ordinal);
        foreach (var community in routes.Where(r => r.ShelterId is not null && double.IsFinite(r.WalkSeconds)).GroupBy(r => r.Community, StringComparer.Ordinal))
        {
            var main = community.GroupBy(r => r.ShelterId!, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count())
                .ThenBy(g => g.Key, StringComparer.Ordinal)
                .First()
                .OrderBy(r => r.WalkSeconds)
                .ThenBy(r => r.BuildingId, StringComparer.Ordinal)
                .ToList();
            result[community.Key] = main[(main.Count - 1) / 2];
        }

        return result;
    }
}
