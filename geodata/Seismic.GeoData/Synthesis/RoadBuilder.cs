using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Implementation;
using Seismic.Engine.District;

namespace Seismic.GeoData.Synthesis;

/// <summary>
/// Emits the road layer: every grid edge clipped to the outline (split where alleys meet it, so the network is
/// noded at shared coordinates), footpaths across parks, village alleys, and the river crossings.
/// </summary>
internal sealed class RoadBuilder
{
    private readonly DistrictPlan _plan;
    private readonly Outline _outline;
    private readonly GeometryFactory _f = DistrictGeometry.Factory;
    private readonly List<double> _hits = [];
    private readonly List<double> _cuts = [];

    public RoadBuilder(DistrictPlan plan, Outline outline)
    {
        _plan = plan;
        _outline = outline;
    }

    public List<Road> Roads { get; } = [];

    public void Grid(PlotLayout layout)
    {
        BlockGrid g = _plan.Grid;
        for (int i = 0; i <= g.Nx; i++)
        {
            for (int j = 0; j < g.Ny; j++)
            {
                int left = i > 0 ? g.Cell(i - 1, j) : -1, right = i < g.Nx ? g.Cell(i, j) : -1;
                double mid = 0.5 * (g.Ys[j] + g.Ys[j + 1]);
                Edge(g.Xs[i], g.Ys[j], g.Xs[i], g.Ys[j + 1], left, right, g.VerticalRoad(i, mid), layout, PlotLayout.EdgeKey(true, i, j));
            }
        }

        for (int j = 0; j <= g.Ny; j++)
        {
            for (int i = 0; i < g.Nx; i++)
            {
                int below = j > 0 ? g.Cell(i, j - 1) : -1, above = j < g.Ny ? g.Cell(i, j) : -1;
                double mid = 0.5 * (g.Xs[i] + g.Xs[i + 1]);
                Edge(g.Xs[i], g.Ys[j], g.Xs[i + 1], g.Ys[j], below, above, g.HorizontalRoad(j, mid), layout, PlotLayout.EdgeKey(false, j, i));
            }
        }

        foreach (AlleySegment a in layout.Alleys)
        {
            Add(a.X0, a.Y, a.X1, a.Y, new RoadSpec(a.Name, RoadClass.Alley, a.WidthM), RoadStructure.None, 0, true, false);
        }
    }

    /// <summary>
    /// A crossing leaves the island along the grid line nearest its island-side point (so its approach does not
    /// cut through blocks), from the last grid node inside the outline, and runs on 300–800 m past the bank
    /// towards the far-bank point.
    /// </summary>
    public void Crossing(Crossing x, double scale)
    {
        LocalFrame fr = _outline.Frame;
        double nx = fr.X(x.NearLon) * scale, ny = fr.Y(x.NearLat) * scale;
        double fx = fr.X(x.FarLon) * scale, fy = fr.Y(x.FarLat) * scale;
        double dx = fx - nx, dy = fy - ny;
        bool vertical = Math.Abs(dy) >= Math.Abs(dx);
        int sign = vertical ? Math.Sign(dy) : Math.Sign(dx);
        BlockGrid g = _plan.Grid;
        double[] along = vertical ? g.Ys : g.Xs;
        double[] across = vertical ? g.Xs : g.Ys;
        int line = NearestIndex(across, vertical ? nx : ny);
        int k = NearestIndex(along, vertical ? ny : nx);
        (double px, double py) = vertical ? (across[line], along[k]) : (along[k], across[line]);
        for (int guard = 0; guard < along.Length && !_outline.Contains(px, py); guard++)
        {
            k -= sign;
            if (k < 0 || k >= along.Length)
            {
                return;
            }

            (px, py) = vertical ? (across[line], along[k]) : (along[k], across[line]);
        }

        // Walk outward while the next node is still inside and the edge to it does not leave the outline.
        while (k + sign >= 0 && k + sign < along.Length)
        {
            (double qx, double qy) = vertical ? (across[line], along[k + sign]) : (along[k + sign], across[line]);
            _outline.Crossings(px, py, qx, qy, _hits);
            if (_hits.Count > 0 || !_outline.Contains(qx, qy))
            {
                break;
            }

            (px, py, k) = (qx, qy, k + sign);
        }

        double ux = vertical ? 0 : sign, uy = vertical ? sign : 0;
        _outline.Crossings(px, py, px + (ux * 5000), py + (uy * 5000), _hits);
        if (_hits.Count == 0)
        {
            return;
        }

        double ex = px + (ux * 5000 * _hits[0]), ey = py + (uy * 5000 * _hits[0]);
        double tx = fx - ex, ty = fy - ey, tl = Math.Sqrt((tx * tx) + (ty * ty));
        double vx = ux, vy = uy;
        if (tl > 1 && ((tx * ux) + (ty * uy)) / tl > 0.3)
        {
            vx = tx / tl;
            vy = ty / tl;
        }

        double len = Math.Clamp(tl, 300, 800);
        bool bridge = x.Structure == RoadStructure.Bridge;
        var seq = new PackedDoubleCoordinateSequence(
            [fr.Lon(px), fr.Lat(py), fr.Lon(ex), fr.Lat(ey), fr.Lon(ex + (vx * len)), fr.Lat(ey + (vy * len))], 2, 0);
        Roads.Add(new Road(
            Roads.Count + 1, _f.CreateLineString(seq), x.Class, x.Name, x.WidthM, false, x.Structure,
            bridge ? 1 : -1, x.PedestrianAccess));
    }

    private static int NearestIndex(double[] lines, double v)
    {
        int best = 0;
        for (int k = 1; k < lines.Length; k++)
        {
            if (Math.Abs(lines[k] - v) < Math.Abs(lines[best] - v))
            {
                best = k;
            }
        }

        return best;
    }

    private void Edge(double ax, double ay, double bx, double by, int cellA, int cellB, RoadSpec spec, PlotLayout layout, long key)
    {
        BlockGrid g = _plan.Grid;
        bool inA = cellA >= 0 && g.Kind[cellA] != BlockGrid.Outside, inB = cellB >= 0 && g.Kind[cellB] != BlockGrid.Outside;
        if (!inA && !inB)
        {
            return;
        }

        // Inside one park the grid line becomes a footpath.
        bool park = cellA >= 0 && cellB >= 0 && _plan.Zone[cellA] == Zone.Site && _plan.Zone[cellB] == Zone.Site
            && _plan.ZoneRef[cellA] == _plan.ZoneRef[cellB];
        if (park)
        {
            spec = new RoadSpec(string.Empty, RoadClass.Footway, 4);
        }

        _outline.Crossings(ax, ay, bx, by, _hits);
        _cuts.Clear();
        _cuts.Add(0);
        _cuts.AddRange(_hits);
        _cuts.Add(1);
        bool vertical = ax == bx;
        double length = vertical ? by - ay : bx - ax;
        List<double>? extra = layout.Splits.GetValueOrDefault(key);
        for (int s = 0; s + 1 < _cuts.Count; s++)
        {
            double t0 = _cuts[s], t1 = _cuts[s + 1];
            double tm = 0.5 * (t0 + t1);
            if (t1 - t0 < 1e-6 || !_outline.Contains(ax + ((bx - ax) * tm), ay + ((by - ay) * tm)))
            {
                continue;
            }

            // Endpoints at t = 0/1 and alley junctions reuse the exact input values so neighbours share nodes.
            double px = t0 == 0 ? ax : ax + ((bx - ax) * t0), py = t0 == 0 ? ay : ay + ((by - ay) * t0);
            if (extra is not null)
            {
                extra.Sort();
                foreach (double at in extra)
                {
                    double t = (at - (vertical ? ay : ax)) / length;
                    if (t > t0 + 1e-9 && t < t1 - 1e-9)
                    {
                        double qx = vertical ? ax : at, qy = vertical ? at : ay;
                        Add(px, py, qx, qy, spec, RoadStructure.None, 0, true, false);
                        (px, py) = (qx, qy);
                    }
                }
            }

            double ex = t1 == 1 ? bx : ax + ((bx - ax) * t1), ey = t1 == 1 ? by : ay + ((by - ay) * t1);
            Add(px, py, ex, ey, spec, RoadStructure.None, 0, true, false);
        }
    }

    private void Add(double x0, double y0, double x1, double y1, RoadSpec spec, RoadStructure structure, int layer, bool pedestrian, bool oneWay)
    {
        LocalFrame fr = _outline.Frame;
        var seq = new PackedDoubleCoordinateSequence([fr.Lon(x0), fr.Lat(y0), fr.Lon(x1), fr.Lat(y1)], 2, 0);
        bool walk = pedestrian && spec.Class != RoadClass.Motorway;
        Roads.Add(new Road(Roads.Count + 1, _f.CreateLineString(seq), spec.Class, spec.Name, spec.WidthM, oneWay, structure, layer, walk));
    }
}
