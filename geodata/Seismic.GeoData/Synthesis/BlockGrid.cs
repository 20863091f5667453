using NetTopologySuite.Geometries;
using Seismic.Engine.District;

namespace Seismic.GeoData.Synthesis;

/// <summary>Road attributes of one grid edge.</summary>
internal readonly record struct RoadSpec(string Name, RoadClass Class, double WidthM);

/// <summary>
/// The block grid in local metres: north–south lines <see cref="Xs"/> and east–west lines <see cref="Ys"/>, named
/// arterials pinned to their approximate positions and the gaps filled at 150–250 m (a typical Guangzhou block),
/// and each cell classified as outside, fully inside or cut by the outline.
/// </summary>
internal sealed class BlockGrid
{
    public const byte Outside = 0;
    public const byte Full = 1;
    public const byte Partial = 2;

    private const double TargetSpacingM = 200;
    private const double MergeDistanceM = 120;

    private readonly List<(double From, double To, RoadSpec Spec)>[] _xSpans;
    private readonly List<(double From, double To, RoadSpec Spec)>[] _ySpans;

    public BlockGrid(Outline outline, IReadOnlyList<Arterial> arterials, double scale)
    {
        ArgumentNullException.ThrowIfNull(outline);
        LocalFrame fr = outline.Frame;
        var xPins = new List<(double At, Arterial A)>();
        var yPins = new List<(double At, Arterial A)>();
        foreach (Arterial a in arterials)
        {
            if (a.NorthSouth)
            {
                xPins.Add((fr.X(a.At) * scale, a));
            }
            else
            {
                yPins.Add((fr.Y(a.At) * scale, a));
            }
        }

        Xs = Lines(outline.MinX, outline.MaxX, xPins, out List<(int Line, Arterial A)> xArt);
        Ys = Lines(outline.MinY, outline.MaxY, yPins, out List<(int Line, Arterial A)> yArt);
        _xSpans = new List<(double, double, RoadSpec)>[Xs.Length];
        _ySpans = new List<(double, double, RoadSpec)>[Ys.Length];
        foreach ((int line, Arterial a) in xArt)
        {
            (_xSpans[line] ??= []).Add((fr.Y(a.From) * scale, fr.Y(a.To) * scale, new RoadSpec(a.Name, a.Class, a.WidthM)));
        }

        foreach ((int line, Arterial a) in yArt)
        {
            (_ySpans[line] ??= []).Add((fr.X(a.From) * scale, fr.X(a.To) * scale, new RoadSpec(a.Name, a.Class, a.WidthM)));
        }

        Nx = Xs.Length - 1;
        Ny = Ys.Length - 1;
        Kind = new byte[Nx * Ny];
        Classify(outline);
    }

    public double[] Xs { get; }

    public double[] Ys { get; }

    public int Nx { get; }

    public int Ny { get; }

    /// <summary>Per cell (index = j·Nx + i): <see cref="Outside"/>, <see cref="Full"/> or <see cref="Partial"/>.</summary>
    public byte[] Kind { get; }

    public int Cell(int i, int j) => (j * Nx) + i;

    public double CenterX(int cell) => 0.5 * (Xs[cell % Nx] + Xs[(cell % Nx) + 1]);

    public double CenterY(int cell) => 0.5 * (Ys[cell / Nx] + Ys[(cell / Nx) + 1]);

    /// <summary>Road on north–south line <paramref name="line"/> around <paramref name="y"/>.</summary>
    public RoadSpec VerticalRoad(int line, double y) => Lookup(_xSpans[line], y, line);

    /// <summary>Road on east–west line <paramref name="line"/> around <paramref name="x"/>.</summary>
    public RoadSpec HorizontalRoad(int line, double x) => Lookup(_ySpans[line], x, line);

    /// <summary>The cell rectangle in WGS84, built from the shared line values so neighbours share edges exactly.</summary>
    public Polygon CellPolygon(int cell, LocalFrame fr, GeometryFactory f)
    {
        int i = cell % Nx, j = cell / Nx;
        double lon0 = fr.Lon(Xs[i]), lon1 = fr.Lon(Xs[i + 1]), lat0 = fr.Lat(Ys[j]), lat1 = fr.Lat(Ys[j + 1]);
        return f.CreatePolygon(
        [
            new Coordinate(lon0, lat0), new Coordinate(lon1, lat0), new Coordinate(lon1, lat1),
            new Coordinate(lon0, lat1), new Coordinate(lon0, lat0),
        ]);
    }

    private static RoadSpec Lookup(List<(double From, double To, RoadSpec Spec)>? spans, double at, int line)
    {
        if (spans is not null)
        {
            foreach ((double from, double to, RoadSpec spec) in spans)
            {
                if (at >= Math.Min(from, to) && at <= Math.Max(from, to))
                {
                    return spec;
                }
            }
        }

        // Every third grid line is a collector (tertiary, 16 m); the rest are residential streets (10 m).
        return line % 3 == 0
            ? new RoadSpec(string.Empty, RoadClass.Tertiary, 16)
            : new RoadSpec(string.Empty, RoadClass.Residential, 10);
    }

    private static double[] Lines(double min, double max, List<(double At, Arterial A)> pins, out List<(int, Arterial)> owners)
    {
        pins.Sort((a, b) => a.At.CompareTo(b.At));
        var anchors = new List<double>();
        var anchorOf = new List<int>();
        foreach ((double at, _) in pins)
        {
            if (anchors.Count > 0 && at - anchors[^1] < MergeDistanceM)
            {
                anchorOf.Add(anchors.Count - 1);
                continue;
            }

            anchors.Add(at);
            anchorOf.Add(anchors.Count - 1);
        }

        // Start one spacing outside the outline so border cells are complete.
        double lo = min - 1, hi = max + 1;
        var stops = new List<double>();
        foreach (double a in anchors)
        {
            if (a > lo && a < hi)
            {
                stops.Add(a);
            }
        }

        stops.Insert(0, stops.Count == 0 ? lo : stops[0] - (Math.Ceiling((stops[0] - lo) / TargetSpacingM) * TargetSpacingM));
        stops.Add(stops[^1] + (Math.Ceiling((hi - stops[^1]) / TargetSpacingM) * TargetSpacingM));

        var lines = new List<double> { stops[0] };
        var anchorLine = new Dictionary<double, int>();
        for (int k = 1; k < stops.Count; k++)
        {
            double gap = stops[k] - stops[k - 1];
            int n = Math.Max(1, (int)Math.Round(gap / TargetSpacingM));
            for (int m = 1; m < n; m++)
            {
                lines.Add(stops[k - 1] + (gap * m / n));
            }

            lines.Add(stops[k]);
            anchorLine[stops[k]] = lines.Count - 1;
        }

        anchorLine.TryAdd(stops[0], 0);
        owners = [];
        for (int p = 0; p < pins.Count; p++)
        {
            if (anchorLine.TryGetValue(anchors[anchorOf[p]], out int line))
            {
                owners.Add((line, pins[p].A));
            }
        }

        return lines.ToArray();
    }

    private void Classify(Outline outline)
    {
        var touched = new bool[Kind.Length];
        foreach (double[] r in outline.Rings)
        {
            int n = r.Length / 2;
            for (int a = 0, b = n - 1; a < n; b = a++)
            {
                int i0 = Index(Xs, Math.Min(r[2 * a], r[2 * b])), i1 = Index(Xs, Math.Max(r[2 * a], r[2 * b]));
                int j0 = Index(Ys, Math.Min(r[(2 * a) + 1], r[(2 * b) + 1]));
                int j1 = Index(Ys, Math.Max(r[(2 * a) + 1], r[(2 * b) + 1]));
                for (int j = j0; j <= j1; j++)
                {
                    for (int i = i0; i <= i1; i++)
                    {
                        touched[Cell(i, j)] = true;
                    }
                }
            }
        }

        for (int c = 0; c < Kind.Length; c++)
        {
            Kind[c] = touched[c] ? Partial : outline.Contains(CenterX(c), CenterY(c)) ? Full : Outside;
        }
    }

    private static int Index(double[] lines, double v)
    {
        int k = Array.BinarySearch(lines, v);
        if (k < 0)
        {
            k = ~k - 1;
        }

        return Math.Clamp(k, 0, lines.Length - 2);
    }
}
