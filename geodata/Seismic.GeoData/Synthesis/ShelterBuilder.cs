using System.Globalization;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Distance;
using NetTopologySuite.Operation.Union;
using Seismic.Engine.District;

namespace Seismic.GeoData.Synthesis;

/// <summary>
/// Shelters and assembly points. Usable area is a fixed share of the site (documented in geodata/haizhu/README.md):
/// parks 30–50 % (lakes, planting, buildings excluded), the wetland 12 %, campus grounds 70 %, school sports
/// grounds 80 %, squares 70 %. Capacity follows GB 21734-2008 at 1.5 m² per person.
/// </summary>
internal sealed class ShelterBuilder
{
    private const double SchoolUsable = 0.8;
    private const double SquareUsable = 0.7;

    private readonly DistrictPlan _plan;
    private readonly Outline _outline;
    private readonly Gazetteer _gaz;
    private readonly GeometryFactory _local = new();
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    public ShelterBuilder(DistrictPlan plan, Outline outline, Gazetteer gaz)
    {
        _plan = plan;
        _outline = outline;
        _gaz = gaz;
    }

    public List<Shelter> Shelters { get; } = [];

    public void NamedSites()
    {
        BlockGrid g = _plan.Grid;
        Geometry outline = LocalOutline();
        for (int s = 0; s < _gaz.Sites.Count; s++)
        {
            // Each cell is trimmed on the sides that face a road (half its width plus 2 m) so the site keeps off
            // the carriageway; sides shared with another cell of the same site stay, so the pieces join.
            var cells = new List<Geometry>();
            for (int c = 0; c < _plan.Zone.Length; c++)
            {
                if (_plan.Zone[c] != Zone.Site || _plan.ZoneRef[c] != s)
                {
                    continue;
                }

                int i = c % g.Nx, j = c / g.Nx;
                double cx = g.CenterX(c), cy = g.CenterY(c);
                double x0 = g.Xs[i] + (Same(c, i - 1, j, s) ? 0 : (g.VerticalRoad(i, cy).WidthM / 2) + 2);
                double x1 = g.Xs[i + 1] - (Same(c, i + 1, j, s) ? 0 : (g.VerticalRoad(i + 1, cy).WidthM / 2) + 2);
                double y0 = g.Ys[j] + (Same(c, i, j - 1, s) ? 0 : (g.HorizontalRoad(j, cx).WidthM / 2) + 2);
                double y1 = g.Ys[j + 1] - (Same(c, i, j + 1, s) ? 0 : (g.HorizontalRoad(j + 1, cx).WidthM / 2) + 2);
                cells.Add(_local.ToGeometry(new Envelope(x0, x1, y0, y1)));
            }

            if (cells.Count == 0)
            {
                continue;
            }

            Geometry site = CascadedPolygonUnion.Union(cells).Intersection(outline);
            if (site.IsEmpty)
            {
                continue;
            }

            NamedSite n = _gaz.Sites[s];
            var gates = new List<Point>();
            if (n.GateRoads.Count > 0)
            {
                Envelope env = site.EnvelopeInternal;
                var targets = new[]
                {
                    (env.MinX, env.Centre.Y), (env.MaxX, env.Centre.Y), (env.Centre.X, env.MinY), (env.Centre.X, env.MaxY),
                };
                for (int k = 0; k < Math.Min(4, n.GateRoads.Count); k++)
                {
                    Coordinate p = DistanceOp.NearestPoints(site.Boundary, _local.CreatePoint(new Coordinate(targets[k].Item1, targets[k].Item2)))[0];
                    gates.Add(DistrictGeometry.Factory.CreatePoint(new Coordinate(_outline.Frame.Lon(p.X), _outline.Frame.Lat(p.Y))));
                }
            }

            Add(n.Name, n.NameEn, site, n.Category, n.SiteType, n.UsableFraction, n.Address, gates);
        }
    }

    public void OpenSpaces(List<OpenSpace> spaces, AdminAreas admin)
    {
        foreach (OpenSpace o in spaces)
        {
            CommunityInfo ci = admin.Communities[_plan.Community[o.Cell]];
            string stem = ci.Name.EndsWith("社区", StringComparison.Ordinal) ? ci.Name[..^2] : ci.Name;
            string en = ci.NameEn.Replace(" Community", string.Empty, StringComparison.Ordinal);
            string name = Unique(stem + (o.School ? "小学操场" : "文化广场"), out int k);
            string nameEn = en + (o.School ? " Primary School sports ground" : " Culture Square")
                + (k > 1 ? " " + k.ToString(CultureInfo.InvariantCulture) : string.Empty);
            Geometry rect = _local.ToGeometry(new Envelope(o.X0, o.X1, o.Y0, o.Y1));
            string street = _gaz.Streets[ci.Street].Name;
            Add(name, nameEn, rect, o.School ? ShelterCategory.Immediate : ShelterCategory.ClassIII,
                o.School ? "school" : "square", o.School ? SchoolUsable : SquareUsable, street + " " + ci.Name, []);
        }
    }

    /// <summary>One assembly point per community, on the pavement of a road bounding its seed block.</summary>
    public List<AssemblyPoint> AssemblyPoints(AdminAreas admin, IReadOnlyList<Community> communities)
    {
        BlockGrid g = _plan.Grid;
        var points = new List<AssemblyPoint>(admin.Communities.Count);
        for (int k = 0; k < admin.Communities.Count; k++)
        {
            CommunityInfo ci = admin.Communities[k];
            int c = ci.SeedCell, i = c % g.Nx, j = c / g.Nx;
            double cx = g.CenterX(c), cy = g.CenterY(c);
            var candidates = new[]
            {
                (cx, g.Ys[j] + (g.HorizontalRoad(j, cx).WidthM / 2) + 1.5),
                (cx, g.Ys[j + 1] - (g.HorizontalRoad(j + 1, cx).WidthM / 2) - 1.5),
                (g.Xs[i] + (g.VerticalRoad(i, cy).WidthM / 2) + 1.5, cy),
                (g.Xs[i + 1] - (g.VerticalRoad(i + 1, cy).WidthM / 2) - 1.5, cy),
            };
            Point? at = null;
            foreach ((double x, double y) in candidates)
            {
                if (_outline.ContainsRect(x - 2, y - 2, x + 2, y + 2))
                {
                    at = DistrictGeometry.Factory.CreatePoint(new Coordinate(_outline.Frame.Lon(x), _outline.Frame.Lat(y)));
                    break;
                }
            }

            at ??= (Point)DistrictGeometry.Factory.CreateGeometry(communities[k].Geometry.InteriorPoint);
            string id = "AP-" + ci.Code + "-1";
            points.Add(new AssemblyPoint(id, ci.Name + "集合点", at, ci.Code));
        }

        return points;
    }

    private bool Same(int c, int i, int j, int site)
    {
        BlockGrid g = _plan.Grid;
        if (i < 0 || j < 0 || i >= g.Nx || j >= g.Ny)
        {
            return false;
        }

        int o = g.Cell(i, j);
        return o != c && _plan.Zone[o] == Zone.Site && _plan.ZoneRef[o] == site;
    }

    private string Unique(string name, out int k)
    {
        k = 1;
        string candidate = name;
        while (!_names.Add(candidate))
        {
            k++;
            candidate = name.Replace("小学", "第" + k.ToString(CultureInfo.InvariantCulture) + "小学", StringComparison.Ordinal)
                .Replace("文化广场", "第" + k.ToString(CultureInfo.InvariantCulture) + "广场", StringComparison.Ordinal);
        }

        return candidate;
    }

    private void Add(string name, string nameEn, Geometry local, ShelterCategory cat, string type, double usableShare, string address, IReadOnlyList<Point> gates)
    {
        double usable = Math.Round(local.Area * usableShare);
        string id = _gaz.IdPrefix + "-S" + (Shelters.Count + 1).ToString("D4", CultureInfo.InvariantCulture);
        Shelters.Add(new Shelter(id, name, nameEn, ToWgs84(local), cat, type, usable, Shelter.CapacityFromArea(usable), address, gates));
    }

    private Geometry ToWgs84(Geometry local)
    {
        Geometry copy = local.Copy();
        copy.Apply(new ToWgs84Filter(_outline.Frame));
        copy.GeometryChanged();
        return DistrictGeometry.Factory.CreateGeometry(copy);
    }

    private Geometry LocalOutline()
    {
        var polys = new List<Geometry>();
        foreach (double[] r in _outline.Rings)
        {
            var cs = new Coordinate[(r.Length / 2) + 1];
            for (int i = 0; i < r.Length / 2; i++)
            {
                cs[i] = new Coordinate(r[2 * i], r[(2 * i) + 1]);
            }

            cs[^1] = cs[0].Copy();
            polys.Add(_local.CreatePolygon(cs));
        }

        // Rings of a multi-part outline or with holes combine by symmetric difference, as the crossing rule does.
        Geometry all = polys[0];
        for (int k = 1; k < polys.Count; k++)
        {
            all = all.SymmetricDifference(polys[k]);
        }

        return all;
    }

    private sealed class ToWgs84Filter(LocalFrame frame) : IEntireCoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq)
        {
            for (int i = 0; i < seq.Count; i++)
            {
                double x = seq.GetX(i), y = seq.GetY(i);
                seq.SetX(i, frame.Lon(x));
                seq.SetY(i, frame.Lat(y));
            }
        }
    }
}
