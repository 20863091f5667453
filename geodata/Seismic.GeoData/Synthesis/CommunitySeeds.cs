namespace Seismic.GeoData.Synthesis;

/// <summary>Spreads community seeds over a street's blocks and assigns each block to its nearest seed.</summary>
internal static class CommunitySeeds
{
    /// <summary>
    /// Farthest-point sampling from <paramref name="first"/>, then two Lloyd steps (each seed moves to its
    /// community's block nearest the community's mean). Writes the local community index into
    /// <paramref name="community"/> and returns the seed blocks in community order.
    /// </summary>
    public static List<int> Spread(List<int> cells, BlockGrid grid, double[] fraction, int first, int count, bool pinFirst, int[] community)
    {
        int m = cells.Count;
        var x = new double[m];
        var y = new double[m];
        var eligible = new bool[m];
        int firstIdx = 0;
        for (int k = 0; k < m; k++)
        {
            x[k] = grid.CenterX(cells[k]);
            y[k] = grid.CenterY(cells[k]);
            eligible[k] = fraction[cells[k]] >= 0.999;
            if (cells[k] == first)
            {
                firstIdx = k;
            }
        }

        var seeds = new List<int> { firstIdx };
        var minD = new double[m];
        Array.Fill(minD, double.MaxValue);
        while (seeds.Count < count)
        {
            int last = seeds[^1];
            bool anyEligible = false;
            for (int k = 0; k < m; k++)
            {
                double d = ((x[k] - x[last]) * (x[k] - x[last])) + ((y[k] - y[last]) * (y[k] - y[last]));
                minD[k] = Math.Min(minD[k], d);
                anyEligible |= eligible[k] && minD[k] > 0;
            }

            int best = -1;
            for (int k = 0; k < m; k++)
            {
                if ((eligible[k] || !anyEligible) && minD[k] > 0 && (best < 0 || minD[k] > minD[best]))
                {
                    best = k;
                }
            }

            if (best < 0)
            {
                break;
            }

            seeds.Add(best);
        }

        var assign = new int[m];
        Assign(seeds, x, y, assign);
        for (int iter = 0; iter < 2; iter++)
        {
            var sx = new double[seeds.Count];
            var sy = new double[seeds.Count];
            var sn = new int[seeds.Count];
            for (int k = 0; k < m; k++)
            {
                sx[assign[k]] += x[k];
                sy[assign[k]] += y[k];
                sn[assign[k]]++;
            }

            for (int s = pinFirst ? 1 : 0; s < seeds.Count; s++)
            {
                double mx = sx[s] / sn[s], my = sy[s] / sn[s];
                int best = seeds[s];
                double bestD = double.MaxValue;
                for (int k = 0; k < m; k++)
                {
                    if (assign[k] != s || !eligible[k])
                    {
                        continue;
                    }

                    double d = ((x[k] - mx) * (x[k] - mx)) + ((y[k] - my) * (y[k] - my));
                    if (d < bestD)
                    {
                        bestD = d;
                        best = k;
                    }
                }

                seeds[s] = best;
            }

            Assign(seeds, x, y, assign);
        }

        var result = new List<int>(seeds.Count);
        foreach (int s in seeds)
        {
            result.Add(cells[s]);
        }

        for (int k = 0; k < m; k++)
        {
            community[cells[k]] = assign[k];
        }

        return result;
    }

    private static void Assign(List<int> seeds, double[] x, double[] y, int[] assign)
    {
        for (int k = 0; k < x.Length; k++)
        {
            int best = 0;
            double bestD = double.MaxValue;
            for (int s = 0; s < seeds.Count; s++)
            {
                double d = ((x[k] - x[seeds[s]]) * (x[k] - x[seeds[s]])) + ((y[k] - y[seeds[s]]) * (y[k] - y[seeds[s]]));
                if (d < bestD)
                {
                    bestD = d;
                    best = s;
                }
            }

            assign[k] = best;
        }
    }
}
