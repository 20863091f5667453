using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Union;
using Seismic.Engine.District;

namespace Seismic.GeoData.Synthesis;

/// <summary>Cells clipped to the outline, communities partitioned inside streets, and their union geometries.</summary>
internal sealed class AdminAreas
{
    private AdminAreas(Geometry?[] clipped, double[] fraction)
    {
        Clipped = clipped;
        Fraction = fraction;
    }

    /// <summary>Part of each cut cell inside the outline (WGS84); null for full or outside cells.</summary>
    public Geometry?[] Clipped { get; }

    /// <summary>Share of each cell's area inside the outline, 0–1.</summary>
    public double[] Fraction { get; }

    /// <summary>Street codes, index = street.</summary>
    public string[] StreetCodes { get; private set; } = [];

    public List<CommunityInfo> Communities { get; } = [];

    public static AdminAreas Clip(BlockGrid grid, Outline outline)
    {
        GeometryFactory f = DistrictGeometry.Factory;
        var clipped = new Geometry?[grid.Kind.Length];
        var fraction = new double[grid.Kind.Length];
        var prepared = NetTopologySuite.Geometries.Prepared.PreparedGeometryFactory.Prepare(outline.Wgs84);
        for (int c = 0; c < grid.Kind.Length; c++)
        {
            if (grid.Kind[c] == BlockGrid.Full)
            {
                fraction[c] = 1;
            }
            else if (grid.Kind[c] == BlockGrid.Partial)
            {
                Polygon cell = grid.CellPolygon(c, outline.Frame, f);
                if (!prepared.Intersects(cell))
                {
                    continue;
                }

                Geometry part = NetTopologySuite.Operation.OverlayNG.OverlayNGRobust.Overlay(
                    cell, outline.Wgs84, NetTopologySuite.Operation.Overlay.SpatialFunction.Intersection);
                if (part.Area > cell.Area * 1e-6)
                {
                    clipped[c] = part;
                    fraction[c] = part.Area / cell.Area;
                }
            }
        }

        return new AdminAreas(clipped, fraction);
    }

    /// <summary>
    /// Splits each street into communities: 265 in all, shared out by street size weighted by block density
    /// (largest remainder, at least one each); seeds spread by farthest-point sampling, refined by two Lloyd steps; every block joins its nearest seed.
    /// </summary>
    public void Partition(DistrictPlan plan, Gazetteer gaz, Outline outline, double scale, long seed)
    {
        BlockGrid grid = plan.Grid;
        int streets = gaz.Streets.Count;
        var cellsOf = new List<int>[streets];
        var area = new double[streets];
        for (int s = 0; s < streets; s++)
        {
            cellsOf[s] = [];
        }

        for (int c = 0; c < plan.Street.Length; c++)
        {
            if (plan.Street[c] >= 0)
            {
                cellsOf[plan.Street[c]].Add(c);
                // Communities are shared out by how many people a street holds, approximated by block density.
                area[plan.Street[c]] += Fraction[c] * (0.15 + plan.Density[c]);
            }
        }

        int[] counts = Apportion(area, Gazetteer.CommunityCount, cellsOf);
        StreetCodes = new string[streets];
        var used = new HashSet<string>(StringComparer.Ordinal);
        if (gaz.DemoCommunityName is not null)
        {
            used.Add(gaz.DemoCommunityName);
        }

        var nameRng = new SynthRandom(seed, 99);
        string prefix = gaz.DistrictCode.Length > 0 ? gaz.DistrictCode : "000000";
        for (int s = 0; s < streets; s++)
        {
            StreetCodes[s] = prefix + "-" + (s + 1).ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
            int demoCell = -1;
            if (s == gaz.DemoStreetIndex)
            {
                double dx = outline.Frame.X(gaz.DemoLon) * scale, dy = outline.Frame.Y(gaz.DemoLat) * scale;
                demoCell = Nearest(cellsOf[s], grid, dx, dy, Fraction);
            }

            int first = demoCell >= 0 ? demoCell : Nearest(cellsOf[s], grid, plan.SeedX[s], plan.SeedY[s], Fraction);
            List<int> seeds = CommunitySeeds.Spread(cellsOf[s], grid, Fraction, first, counts[s], demoCell >= 0, plan.Community);
            for (int k = 0; k < seeds.Count; k++)
            {
                bool demo = demoCell >= 0 && k == 0;
                (string name, string en) = demo
                    ? (gaz.DemoCommunityName!, gaz.DemoCommunityNameEn!)
                    : CommunityNames.Next(ref nameRng, used);
                string code = StreetCodes[s] + "-" + (k + 1).ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
                Communities.Add(new CommunityInfo(code, name, en, s, seeds[k]));
            }

            // Plan.Community holds the local index within the street; make it global.
            int offset = Communities.Count - seeds.Count;
            foreach (int c in cellsOf[s])
            {
                plan.Community[c] += offset;
            }
        }
    }

    /// <summary>Builds the street and community records from their blocks.</summary>
    public (List<Street> Streets, List<Community> Communities) Build(DistrictPlan plan, Gazetteer gaz, Outline outline)
    {
        GeometryFactory f = DistrictGeometry.Factory;
        var parts = new List<Geometry>[Communities.Count];
        for (int k = 0; k < parts.Length; k++)
        {
            parts[k] = [];
        }

        // Runs of whole cells along a grid row merge into one rectangle first: far fewer pieces for the union.
        BlockGrid g = plan.Grid;
        LocalFrame fr = outline.Frame;
        for (int j = 0; j < g.Ny; j++)
        {
            int i = 0;
            while (i < g.Nx)
            {
                int c = g.Cell(i, j), k = plan.Community[c];
                if (k < 0)
                {
                    i++;
                    continue;
                }

                if (Clipped[c] is not null)
                {
                    parts[k].Add(Clipped[c]!);
                    i++;
                    continue;
                }

                int end = i;
                while (end + 1 < g.Nx && plan.Community[g.Cell(end + 1, j)] == k && Clipped[g.Cell(end + 1, j)] is null)
                {
                    end++;
                }

                double lon0 = fr.Lon(g.Xs[i]), lon1 = fr.Lon(g.Xs[end + 1]), lat0 = fr.Lat(g.Ys[j]), lat1 = fr.Lat(g.Ys[j + 1]);
                parts[k].Add(f.CreatePolygon(
                [
                    new Coordinate(lon0, lat0), new Coordinate(lon1, lat0), new Coordinate(lon1, lat1),
                    new Coordinate(lon0, lat1), new Coordinate(lon0, lat0),
                ]));
                i = end + 1;
            }
        }

        var communities = new List<Community>(Communities.Count);
        var byStreet = new List<Geometry>[StreetCodes.Length];
        for (int s = 0; s < byStreet.Length; s++)
        {
            byStreet[s] = [];
        }

        for (int k = 0; k < Communities.Count; k++)
        {
            CommunityInfo ci = Communities[k];
            Geometry area = CascadedPolygonUnion.Union(parts[k]);
            communities.Add(new Community(ci.Code, ci.Name, ci.NameEn, StreetCodes[ci.Street], area));
            byStreet[ci.Street].Add(area);
        }

        var streets = new List<Street>(StreetCodes.Length);
        for (int s = 0; s < StreetCodes.Length; s++)
        {
            StreetSeed seed = gaz.Streets[s];
            streets.Add(new Street(StreetCodes[s], seed.Name, seed.NameEn, CascadedPolygonUnion.Union(byStreet[s])));
        }

        return (streets, communities);
    }

    private static int Nearest(List<int> cells, BlockGrid grid, double x, double y, double[] fraction)
    {
        int best = -1;
        double bestD = double.MaxValue;
        foreach (int c in cells)
        {
            if (fraction[c] < 0.999)
            {
                continue;
            }

            double dx = grid.CenterX(c) - x, dy = grid.CenterY(c) - y, d = (dx * dx) + (dy * dy);
            if (d < bestD)
            {
                bestD = d;
                best = c;
            }
        }

        return best >= 0 ? best : cells[0];
    }

    private static int[] Apportion(double[] area, int total, List<int>[] cellsOf)
    {
        int n = area.Length;
        double sum = area.Sum();
        var counts = new int[n];
        var rest = new double[n];
        int given = 0;
        for (int s = 0; s < n; s++)
        {
            double q = total * area[s] / sum;
            counts[s] = Math.Max(1, (int)Math.Floor(q));
            rest[s] = q - Math.Floor(q);
            given += counts[s];
        }

        // Largest remainder; ties broken by index so the result never depends on sort stability.
        while (given < total)
        {
            int best = 0;
            for (int s = 1; s < n; s++)
            {
                if (rest[s] > rest[best])
                {
                    best = s;
                }
            }

            counts[best]++;
            rest[best] -= 1;
            given++;
        }

        while (given > total)
        {
            int best = -1;
            for (int s = 0; s < n; s++)
            {
                if (counts[s] > 1 && (best < 0 || rest[s] < rest[best]))
                {
                    best = s;
                }
            }

            counts[best]--;
            rest[best] += 1;
            given--;
        }

        for (int s = 0; s < n; s++)
        {
            counts[s] = Math.Min(counts[s], Math.Max(1, cellsOf[s].Count));
        }

        return counts;
    }
}

/// <summary>A community before its geometry exists: code, names, street index and its seed block.</summary>
internal sealed record CommunityInfo(string Code, string Name, string NameEn, int Street, int SeedCell);
