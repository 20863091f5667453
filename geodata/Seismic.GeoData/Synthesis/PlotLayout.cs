using Seismic.Engine.District;

namespace Seismic.GeoData.Synthesis;

/// <summary>
/// Lays out candidate buildings block by block: rows of rectangles aligned to the grid, set back from the bounding
/// roads (half the road width plus a 4 m forecourt), with spacing between rows that grows with height as
/// sunlight-spacing rules require; urban villages packed along alleys 20–40 m apart with 1–3 m gaps.
/// </summary>
internal sealed partial class PlotLayout
{
    private const double ForecourtM = 4;
    private const double RiverSetbackM = 6;

    private readonly DistrictPlan _plan;
    private readonly Outline _outline;
    private readonly Gazetteer _gaz;
    private readonly long _seed;
    private readonly List<double> _hits = [];

    public PlotLayout(DistrictPlan plan, Outline outline, Gazetteer gaz, long seed)
    {
        _plan = plan;
        _outline = outline;
        _gaz = gaz;
        _seed = seed;
    }

    public List<Plot> Plots { get; } = [];

    public List<OpenSpace> OpenSpaces { get; } = [];

    public List<AlleySegment> Alleys { get; } = [];

    /// <summary>Extra vertices on grid edges where alleys meet them; key from <see cref="EdgeKey"/>.</summary>
    public Dictionary<long, List<double>> Splits { get; } = [];

    /// <summary>Names of roads buildings front onto (index = <see cref="Plot.FrontRoad"/>).</summary>
    public List<string> FrontNames { get; } = [];

    public static long EdgeKey(bool vertical, int line, int along) =>
        (((long)line << 31) | (uint)along) * 2 + (vertical ? 1 : 0);

    /// <summary>Lays out one block; <paramref name="extra"/>: 1 school ground, 2 square, 3 hospital.</summary>
    public void Cell(int c, byte extra)
    {
        BlockGrid g = _plan.Grid;
        Zone zone = _plan.Zone[c];
        if (zone is Zone.None or Zone.Site or Zone.Green)
        {
            return;
        }

        int i = c % g.Nx, j = c / g.Nx;
        double cx = g.CenterX(c), cy = g.CenterY(c);
        RoadSpec w = g.VerticalRoad(i, cy), e = g.VerticalRoad(i + 1, cy);
        RoadSpec s = g.HorizontalRoad(j, cx), n = g.HorizontalRoad(j + 1, cx);
        double fore = zone == Zone.Village ? 1.5 : ForecourtM;
        double x0 = g.Xs[i] + (w.WidthM / 2) + fore, x1 = g.Xs[i + 1] - (e.WidthM / 2) - fore;
        double y0 = g.Ys[j] + (s.WidthM / 2) + fore, y1 = g.Ys[j + 1] - (n.WidthM / 2) - fore;
        if (x1 - x0 < 20 || y1 - y0 < 20)
        {
            return;
        }

        var rng = SynthRandom.For(_seed, c, 23);
        bool partial = g.Kind[c] == BlockGrid.Partial;
        if (zone == Zone.Village)
        {
            Village(c, i, j, x0, y0, x1, y1, partial, ref rng);
            return;
        }

        int front = s.Name.Length > 0 && s.Class is RoadClass.Primary or RoadClass.Secondary ? FrontId(s.Name) : -1;
        byte era = _plan.Era[c];
        if (extra == 1 && !partial && x1 - x0 > 150 && y1 - y0 > 100)
        {
            double pw = rng.Uniform(70, 95), ph = Math.Min(y1 - y0 - 10, rng.Uniform(55, 85));
            OpenSpaces.Add(new OpenSpace(c, x0, y0, x0 + pw, y0 + ph, true));
            double sx = x0 + pw + 8;
            Add(c, sx, y0, sx + 16, y0 + Math.Min(ph, 60), LayoutKind.School, era, -1, ref rng);
            Fill(c, zone, sx + 26, y0, x1, y1, era, front, false, ref rng);
            Fill(c, zone, x0, y0 + ph + 10, sx + 16, y1, era, -1, false, ref rng);
            return;
        }

        if (extra == 2 && !partial && x1 - x0 > 120 && y1 - y0 > 100)
        {
            double sw = rng.Uniform(50, 80), sh = rng.Uniform(50, 80);
            OpenSpaces.Add(new OpenSpace(c, x1 - sw, y1 - sh, x1, y1, false));
            Fill(c, zone, x0, y0, x1 - sw - 8, y1, era, front, false, ref rng);
            Fill(c, zone, x1 - sw - 8, y0, x1, y1 - sh - 8, era, -1, false, ref rng);
            return;
        }

        int before = Plots.Count;
        Fill(c, zone, x0, y0, x1, y1, era, front, partial, ref rng);
        if (extra == 3 && Plots.Count > before)
        {
            // One building of the block becomes a hospital (frame–shear wall, 8–20 storeys).
            Plot p = Plots[before];
            p.Kind = LayoutKind.Hospital;
            p.Use = BuildingUse.Hospital;
            p.Structure = StructureType.FrameShearWall;
            p.Storeys = (short)rng.Int(8, 20);
            p.Year = Math.Max(p.Year, (short)1990);
            p.Basements = 1;
            Plots[before] = p;
        }
    }

    private int FrontId(string name)
    {
        int k = FrontNames.IndexOf(name);
        if (k < 0)
        {
            FrontNames.Add(name);
            k = FrontNames.Count - 1;
        }

        return k;
    }

    private void Fill(int c, Zone zone, double x0, double y0, double x1, double y1, byte era, int front, bool partial, ref SynthRandom rng)
    {
        // Rows run east–west or north–south, chosen per block so the district does not look like one stamp.
        bool transpose = rng.Chance(0.4);

        // The pre-1990 old city in the west (Nanhuaxi, Haizhuang, Longfeng …) packs its walk-ups tighter.
        double tight = _plan.Density[c] >= 0.99 ? 0.6 : 1.0;
        double ax0 = transpose ? y0 : x0, ax1 = transpose ? y1 : x1, ay0 = transpose ? x0 : y0, ay1 = transpose ? x1 : y1;
        double ry = ay0;
        bool firstRow = true;
        while (true)
        {
            LayoutKind kind = PickKind(zone, era, ref rng);
            Dims d = Dims.Of(kind);
            double depth = rng.Uniform(d.DepthMin, d.DepthMax);
            if (ry + depth > ay1)
            {
                depth = ay1 - ry;
                if (depth < d.DepthMin)
                {
                    break;
                }
            }

            double rx = ax0;
            while (true)
            {
                double len = rng.Uniform(d.LengthMin, d.LengthMax);
                if (rx + len > ax1)
                {
                    len = ax1 - rx;
                    if (len < d.LengthMin)
                    {
                        break;
                    }
                }

                double bx0 = transpose ? ry : rx, by0 = transpose ? rx : ry;
                double bx1 = transpose ? ry + depth : rx + len, by1 = transpose ? rx + len : ry + depth;
                if (!partial || _outline.ContainsRect(bx0 - RiverSetbackM, by0 - RiverSetbackM, bx1 + RiverSetbackM, by1 + RiverSetbackM))
                {
                    Add(c, bx0, by0, bx1, by1, kind, era, firstRow && !transpose ? front : -1, ref rng);
                }

                double gapScale = kind is LayoutKind.Slab or LayoutKind.Frame ? tight : 1.0;
                rx += len + (gapScale * rng.Uniform(d.GapAlongMin, d.GapAlongMax));
            }

            firstRow = false;
            ry += depth + ((kind is LayoutKind.Slab or LayoutKind.Frame ? tight : 1.0) * rng.Uniform(d.GapRowMin, d.GapRowMax));
        }
    }

    private void Village(int c, int i, int j, double x0, double y0, double x1, double y1, bool partial, ref SynthRandom rng)
    {
        BlockGrid g = _plan.Grid;
        string village = _gaz.Villages[_plan.ZoneRef[c]].Name;
        double y = y0;
        int alleyNo = 1 + (c % 97);
        while (y < y1 - 9)
        {
            double strip = Math.Min(rng.Uniform(19, 32), y1 - y);
            double back = rng.Uniform(1, 3);
            bool two = strip >= 18;
            double d1 = two ? (strip - back) / 2 : strip;
            HandshakeRow(c, x0, x1, y, y + d1, partial, ref rng);
            if (two)
            {
                HandshakeRow(c, x0, x1, y + d1 + back, y + strip, partial, ref rng);
            }

            y += strip;
            double aw = rng.Uniform(1.5, 3);
            if (y + aw + 9 >= y1)
            {
                break;
            }

            double ay = y + (aw / 2);
            double ax0 = g.Xs[i], ax1 = g.Xs[i + 1];
            bool inside = !partial || (_outline.Contains(ax0, ay) && _outline.Contains(ax1, ay) && NoCrossing(ax0, ay, ax1, ay));
            if (inside)
            {
                Alleys.Add(new AlleySegment(ax0, ay, ax1, aw, village + alleyNo.ToString(System.Globalization.CultureInfo.InvariantCulture) + "巷"));
                Split(true, i, j, ay);
                Split(true, i + 1, j, ay);
                alleyNo++;
            }

            y += aw;
        }
    }

    private void HandshakeRow(int c, double x0, double x1, double ya, double yb, bool partial, ref SynthRandom rng)
    {
        double x = x0;
        while (x < x1 - 7)
        {
            double wdt = Math.Min(rng.Uniform(8, 11.5), x1 - x);
            if (!partial || _outline.ContainsRect(x - RiverSetbackM, ya - RiverSetbackM, x + wdt + RiverSetbackM, yb + RiverSetbackM))
            {
                Add(c, x, ya, x + wdt, yb, LayoutKind.Handshake, 1, -1, ref rng);
            }

            // 1–3 m between neighbours: close enough to shake hands across the gap (握手楼).
            x += wdt + rng.Uniform(1, 3);
        }
    }

    private bool NoCrossing(double ax, double ay, double bx, double by)
    {
        _outline.Crossings(ax, ay, bx, by, _hits);
        return _hits.Count == 0;
    }

    private void Split(bool vertical, int line, int along, double at)
    {
        long key = EdgeKey(vertical, line, along);
        if (!Splits.TryGetValue(key, out List<double>? list))
        {
            list = [];
            Splits[key] = list;
        }

        list.Add(at);
    }
}
