namespace Seismic.Engine.Risk.Scenario;

/// <summary>Turns merged fixed-point aggregates into the scenario result.</summary>
internal static class ScenarioSummary
{
    public static ScenarioResult Build(ScenarioDefinition definition, ScenarioInputs inputs, ScenarioGroundMotion ground, ScenarioAccumulator total)
    {
        var n = inputs.Count;
        var r = definition.Realizations;
        var perBuilding = new double[ScenarioAccumulator.BuildingMetricCount][];
        for (var m = 0; m < perBuilding.Length; m++)
        {
            perBuilding[m] = new double[n];
        }

        var pga = new double[n];
        var intensity = new double[n];
        for (var b = 0; b < n; b++)
        {
            for (var m = 0; m < ScenarioAccumulator.BuildingMetricCount; m++)
            {
                perBuilding[m][b] = Mean(total.BuildingSums[b * ScenarioAccumulator.BuildingMetricCount + m], r);
            }

            var cell = ground.Grid.BuildingCell[b];
            pga[b] = Math.Exp(ground.LnMedianPga[cell]);
            intensity[b] = ground.CellIntensity[cell];
        }

        var buildings = new ScenarioBuildingResults(
            pga, intensity, perBuilding[0], perBuilding[1], perBuilding[2], perBuilding[3], perBuilding[4],
            perBuilding[5], perBuilding[6], perBuilding[7], perBuilding[8], perBuilding[9]);

        var communityCounts = Counts(inputs, inputs.Community, inputs.CommunityNames.Count);
        var streetCounts = Counts(inputs, inputs.Street, inputs.StreetNames.Count);
        var communities = Areas(inputs.CommunityNames, communityCounts, total.CommunityTotals, r, IntensityByArea(inputs.Community, inputs.CommunityNames.Count, intensity));
        var streets = Areas(inputs.StreetNames, streetCounts, total.StreetTotals, r, IntensityByArea(inputs.Street, inputs.StreetNames.Count, intensity));

        // District totals per realization: exact integer sums of the community totals.
        var c = inputs.CommunityNames.Count;
        var district = new long[r * ScenarioAccumulator.AreaMetricCount];
        for (var i = 0; i < r; i++)
        {
            for (var a = 0; a < c; a++)
            {
                for (var m = 0; m < ScenarioAccumulator.AreaMetricCount; m++)
                {
                    district[i * ScenarioAccumulator.AreaMetricCount + m] += total.CommunityTotals[(i * c + a) * ScenarioAccumulator.AreaMetricCount + m];
                }
            }
        }

        var residents = 0.0;
        foreach (var value in inputs.Residents)
        {
            residents += value;
        }

        var districtSummary = Area("district", n, residents, district, 0, 1, r, IntensityByArea(new int[n], 1, intensity)[0]);
        return new ScenarioResult(definition, buildings, communities, streets, districtSummary, ground);
    }

    private static double Mean(long sum, int realizations) => sum / ScenarioAccumulator.Scale / realizations;

    private static (int[] Buildings, double[] Residents) Counts(ScenarioInputs inputs, int[] area, int count)
    {
        var buildings = new int[count];
        var residents = new double[count];
        for (var b = 0; b < inputs.Count; b++)
        {
            buildings[area[b]]++;
            residents[area[b]] += inputs.Residents[b];
        }

        return (buildings, residents);
    }

    private static ScenarioAreaSummary[] Areas(
        IReadOnlyList<string> names, (int[] Buildings, double[] Residents) counts, long[] totals, int realizations, ScenarioStatistic[] intensity)
    {
        var result = new ScenarioAreaSummary[names.Count];
        for (var a = 0; a < names.Count; a++)
        {
            result[a] = Area(names[a], counts.Buildings[a], counts.Residents[a], totals, a, names.Count, realizations, intensity[a]);
        }

        return result;
    }

    // Intensity statistics over each area's buildings: buildings grouped by area with a counting sort, then each
    // area's slice summarised (ScenarioStatistic sorts the slice in place).
    private static ScenarioStatistic[] IntensityByArea(int[] area, int areas, double[] intensity)
    {
        var start = new int[areas + 1];
        foreach (var a in area)
        {
            start[a + 1]++;
        }

        for (var a = 0; a < areas; a++)
        {
            start[a + 1] += start[a];
        }

        var next = start.AsSpan(0, areas).ToArray();
        var values = new double[area.Length];
        for (var b = 0; b < area.Length; b++)
        {
            values[next[area[b]]++] = intensity[b];
        }

        var result = new ScenarioStatistic[areas];
        for (var a = 0; a < areas; a++)
        {
            result[a] = start[a + 1] > start[a]
                ? ScenarioStatistic.From(values.AsSpan(start[a], start[a + 1] - start[a]))
                : new ScenarioStatistic(double.NaN, double.NaN, double.NaN, double.NaN);
        }

        return result;
    }

    private static ScenarioAreaSummary Area(
        string name, int buildings, double residents, long[] totals, int area, int areas, int realizations, ScenarioStatistic intensity)
    {
        var stats = new ScenarioStatistic[ScenarioAccumulator.AreaMetricCount];
        var samples = new double[realizations];
        for (var m = 0; m < stats.Length; m++)
        {
            for (var i = 0; i < realizations; i++)
            {
                samples[i] = totals[(i * areas + area) * ScenarioAccumulator.AreaMetricCount + m] / ScenarioAccumulator.Scale;
            }

            stats[m] = ScenarioStatistic.From(samples);
        }

        return new ScenarioAreaSummary(name, buildings, residents, stats[0], stats[1], stats[2], stats[3], stats[4], stats[5], stats[6], intensity);
    }
}
