using Seismic.Engine.Buildings;
using Seismic.Engine.Vulnerability.Scoring;

namespace Seismic.GeoData.Scoring;

/// <summary>
/// The engine's <see cref="RetrofitPriority.Rank"/> for a whole district in one pass: the same formula and order
/// (serious casualties at the ranking PGA with the building's own curves and with high-code curves, per unit cost;
/// ties key-category first, then id), but the casualty rate per occupant is computed once per fragility class instead
/// of per building. Tests pin it to <see cref="RetrofitPriority.Rank"/>.
/// </summary>
internal static class RetrofitRanker
{
    public static RetrofitRanking Rank(IReadOnlyList<SurveyRecord> records, IReadOnlyList<BuildingTaxonomy> taxonomies, BuildingScorer scorer)
    {
        const double pgaG = ResilienceIndex.RarePgaG;
        var costs = RetrofitCostTable.Default;
        var rates = new Dictionary<(string, CodeLevel), CasualtyEstimate>();
        CasualtyEstimate Rate(string fragilityType, CodeLevel level)
        {
            if (!rates.TryGetValue((fragilityType, level), out var rate))
            {
                var curves = scorer.Fragility.Resolve(fragilityType, level);
                rate = scorer.Casualties.PerOccupant(curves.HazusType, curves.Evaluate(pgaG));
                rates[(fragilityType, level)] = rate;
            }

            return rate;
        }

        var candidates = new List<(int Index, double Cost, double Now, double After, double Ratio)>(records.Count);
        var unranked = new List<string>();
        for (var i = 0; i < records.Count; i++)
        {
            var record = records[i];
            if (record.FloorAreaM2 is not > 0)
            {
                unranked.Add(record.Id);
                continue;
            }

            var taxonomy = taxonomies[i];
            // The same operations as BuildingScorer.SeriousCasualties (rate × occupants, then the serious sum), so
            // the values and hence the order are identical.
            var occupants = (double)record.PeakOccupants;
            var now = Rate(taxonomy.FragilityType, taxonomy.CodeLevel).Times(occupants).Serious;
            var after = Math.Min(now, Rate(taxonomy.FragilityType, CodeLevel.High).Times(occupants).Serious);
            var cost = record.FloorAreaM2.Value * costs.CostPerM2(record.StructureType);
            candidates.Add((i, cost, now, after, (now - after) / cost * 1e6));
        }

        candidates.Sort((a, b) =>
        {
            var byRatio = b.Ratio.CompareTo(a.Ratio);
            if (byRatio != 0)
            {
                return byRatio;
            }

            var byKey = records[b.Index].IsKeyCategory.CompareTo(records[a.Index].IsKeyCategory);
            return byKey != 0 ? byKey : string.CompareOrdinal(records[a.Index].Id, records[b.Index].Id);
        });

        var totalAvoided = 0.0;
        foreach (var c in candidates)
        {
            totalAvoided += c.Now - c.After;
        }

        var rows = new List<RetrofitRankingRow>(candidates.Count);
        double cumulativeCost = 0, cumulativeAvoided = 0;
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            var record = records[c.Index];
            cumulativeCost += c.Cost;
            cumulativeAvoided += c.Now - c.After;
            rows.Add(new RetrofitRankingRow(
                i + 1, record.Id, record.IsKeyCategory, c.Cost, c.Now, c.After, c.Now - c.After, c.Ratio,
                cumulativeCost, cumulativeAvoided, totalAvoided > 0 ? cumulativeAvoided / totalAvoided : 0));
        }

        return new RetrofitRanking(pgaG, rows, unranked);
    }
}
