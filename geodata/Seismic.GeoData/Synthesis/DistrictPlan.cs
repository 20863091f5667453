namespace Seismic.GeoData.Synthesis;

/// <summary>
/// Per-block decisions: street (nearest street seed — the Voronoi partition of the seeds, discretised to whole
/// blocks so that street and community borders follow roads, as real ones mostly do), community, land use and era.
/// </summary>
internal sealed class DistrictPlan
{
    public DistrictPlan(BlockGrid grid, Outline outline, Gazetteer gaz, double scale, long seed, double[] cellAreaFraction)
    {
        Grid = grid;
        int n = grid.Kind.Length;
        Street = new int[n];
        Community = new int[n];
        Zone = new Zone[n];
        ZoneRef = new int[n];
        Era = new byte[n];
        Density = new double[n];
        LocalFrame fr = outline.Frame;
        W = outline.MaxX - outline.MinX;
        H = outline.MaxY - outline.MinY;
        MinX = outline.MinX;
        MinY = outline.MinY;

        SeedX = new double[gaz.Streets.Count];
        SeedY = new double[gaz.Streets.Count];
        for (int s = 0; s < SeedX.Length; s++)
        {
            SeedX[s] = fr.X(gaz.Streets[s].Lon) * scale;
            SeedY[s] = fr.Y(gaz.Streets[s].Lat) * scale;
        }

        for (int c = 0; c < n; c++)
        {
            Street[c] = -1;
            Community[c] = -1;
            if (grid.Kind[c] == BlockGrid.Outside || cellAreaFraction[c] <= 0)
            {
                continue;
            }

            double x = grid.CenterX(c), y = grid.CenterY(c);
            int best = 0;
            double bestD = double.MaxValue;
            for (int s = 0; s < SeedX.Length; s++)
            {
                double d = ((x - SeedX[s]) * (x - SeedX[s])) + ((y - SeedY[s]) * (y - SeedY[s]));
                if (d < bestD)
                {
                    bestD = d;
                    best = s;
                }
            }

            Street[c] = best;
            AssignZone(c, x, y, fr, gaz, scale, seed);
            double fx = (x - MinX) / W;
            Density[c] = Zone[c] is Synthesis.Zone.Site or Synthesis.Zone.Green
                ? 0
                : cellAreaFraction[c] * (fx < 0.3 ? 1.0 : Math.Max(0.3, 1.0 - ((fx - 0.3) * 1.1)));
        }
    }

    public BlockGrid Grid { get; }

    public int[] Street { get; }

    public int[] Community { get; }

    public Zone[] Zone { get; }

    /// <summary>Village or site index for <see cref="Synthesis.Zone.Village"/> and <see cref="Synthesis.Zone.Site"/>.</summary>
    public int[] ZoneRef { get; }

    /// <summary>
    /// Relative building density of the block (0 for open land): the old city in the west is about three times as
    /// dense as the orchards and new estates of the east (Huazhou, Guanzhou).
    /// </summary>
    public double[] Density { get; }

    /// <summary>Construction era of the block's estate: 0 pre-1989, 1 1989–2000, 2 2001–2010, 3 2011 on.</summary>
    public byte[] Era { get; }

    public double[] SeedX { get; }

    public double[] SeedY { get; }

    public double MinX { get; }

    public double MinY { get; }

    public double W { get; }

    public double H { get; }

    private void AssignZone(int c, double x, double y, LocalFrame fr, Gazetteer gaz, double scale, long seed)
    {
        var rng = SynthRandom.For(seed, c, 11);
        double fx = (x - MinX) / W, fy = (y - MinY) / H;

        // Era: the old city in the west (Nanhuaxi, Haizhuang, Longfeng) is older; the east was built up after 2000.
        double pre89 = Math.Max(0.04, 0.46 - (0.42 * fx));
        double e8900 = 0.32 - (0.08 * fx);
        double e0110 = 0.14 + (0.16 * fx);
        double e11 = 0.05 + (0.22 * fx);
        Era[c] = (byte)rng.Pick([pre89, e8900, e0110, e11]);

        Zone[c] = Synthesis.Zone.Urban;
        for (int s = 0; s < gaz.Sites.Count; s++)
        {
            NamedSite site = gaz.Sites[s];
            double sx = fr.X(site.Lon) * scale, sy = fr.Y(site.Lat) * scale;
            // Sizes scale with the outline so that a scaled district keeps Haizhu's proportions of parks and villages.
            bool inRect = Math.Abs(x - sx) <= site.HalfWidthM * scale && Math.Abs(y - sy) <= site.HalfHeightM * scale;
            bool holdsCentre = sx >= Grid.Xs[c % Grid.Nx] && sx < Grid.Xs[(c % Grid.Nx) + 1]
                && sy >= Grid.Ys[c / Grid.Nx] && sy < Grid.Ys[(c / Grid.Nx) + 1];
            if (inRect || holdsCentre)
            {
                Zone[c] = Synthesis.Zone.Site;
                ZoneRef[c] = s;
                return;
            }

            // A campus keeps teaching buildings within ~600 m of its sports ground.
            if (site.SiteType == "campus" && Math.Abs(x - sx) <= 600 * scale && Math.Abs(y - sy) <= 450 * scale)
            {
                Zone[c] = Synthesis.Zone.Campus;
                return;
            }
        }

        for (int v = 0; v < gaz.Villages.Count; v++)
        {
            Village vil = gaz.Villages[v];
            double vx = fr.X(vil.Lon) * scale, vy = fr.Y(vil.Lat) * scale;
            if (((x - vx) * (x - vx)) + ((y - vy) * (y - vy)) <= vil.RadiusM * vil.RadiusM * scale * scale)
            {
                Zone[c] = Synthesis.Zone.Village;
                ZoneRef[c] = v;
                return;
            }
        }

        // Land use shares by position: the south and east keep warehouses and factories along the river and
        // orchards/wetland (Huazhou, Guanzhou); the north-east is the Pazhou exhibition and office area.
        bool east = fx > 0.62;
        bool south = fy < 0.28;
        double green = east ? 0.30 : 0.05;
        double industrial = south || east ? 0.14 : 0.025;
        double office = fx > 0.68 && fy > 0.62 ? 0.35 : 0.03;
        double u = rng.NextDouble();
        Zone[c] = u < green ? Synthesis.Zone.Green
            : u < green + industrial ? Synthesis.Zone.Industrial
            : u < green + industrial + office ? Synthesis.Zone.Office
            : Synthesis.Zone.Urban;
    }
}
