namespace Seismic.Engine.Hazard.Sites;

/// <summary>
/// Buildings grouped onto a square site grid so that ground motion is computed once per occupied cell. Cells are
/// squares of side <see cref="SpacingM"/> aligned on the local frame's origin (the epicentre): cell (i, j) covers
/// i·s ≤ x &lt; (i+1)·s and j·s ≤ y &lt; (j+1)·s, and its site is the square's centre.
/// </summary>
/// <remarks>
/// Only occupied cells are kept, ordered by row (j) then column (i), so the order depends on the positions alone and
/// not on the order of the buildings. A cell's Vs30 is the median of its buildings' Vs30 (the mean of the two middle
/// values for an even count): a site class shared by more than half the buildings sets the cell's value, and one
/// mis-surveyed building cannot move it far, which a mean would.
/// </remarks>
public sealed class SiteGrid
{
    /// <summary>Default cell size, m.</summary>
    public const double DefaultSpacingM = 250.0;

    private readonly double[] _centreXM;
    private readonly double[] _centreYM;
    private readonly double[] _vs30;
    private readonly int[] _buildingCell;

    private SiteGrid(double spacingM, double[] centreXM, double[] centreYM, double[] vs30, int[] buildingCell)
    {
        SpacingM = spacingM;
        _centreXM = centreXM;
        _centreYM = centreYM;
        _vs30 = vs30;
        _buildingCell = buildingCell;
    }

    /// <summary>Cell size, m.</summary>
    public double SpacingM { get; }

    /// <summary>Number of occupied cells.</summary>
    public int CellCount => _vs30.Length;

    /// <summary>Cell centre east coordinates, m in the local frame.</summary>
    public ReadOnlySpan<double> CentreXM => _centreXM;

    /// <summary>Cell centre north coordinates, m in the local frame.</summary>
    public ReadOnlySpan<double> CentreYM => _centreYM;

    /// <summary>Representative Vs30 per cell (median of its buildings), m/s.</summary>
    public ReadOnlySpan<double> Vs30 => _vs30;

    /// <summary>Cell index of each building, in the input order.</summary>
    public ReadOnlySpan<int> BuildingCell => _buildingCell;

    /// <summary>Groups buildings onto the grid.</summary>
    /// <param name="xM">Building east coordinates, m in the local frame.</param>
    /// <param name="yM">Building north coordinates, m; same length.</param>
    /// <param name="vs30">Building Vs30, m/s, &gt; 0; same length.</param>
    /// <param name="spacingM">Cell size, m, &gt; 0.</param>
    /// <returns>The grid.</returns>
    public static SiteGrid Build(ReadOnlySpan<double> xM, ReadOnlySpan<double> yM, ReadOnlySpan<double> vs30, double spacingM = DefaultSpacingM)
    {
        var n = xM.Length;
        if (yM.Length != n || vs30.Length != n)
        {
            throw new ArgumentException($"All spans must hold {n} values (y {yM.Length}, Vs30 {vs30.Length}).", nameof(yM));
        }

        if (!(spacingM > 0) || double.IsInfinity(spacingM))
        {
            throw new ArgumentOutOfRangeException(nameof(spacingM), spacingM, "Spacing must be positive and finite.");
        }

        // Sort key: row in the high 32 bits, column offset to unsigned in the low 32, so key order is row-major.
        var keys = new long[n];
        var order = new int[n];
        for (var b = 0; b < n; b++)
        {
            var column = CellIndex(xM[b], spacingM, b, nameof(xM));
            var row = CellIndex(yM[b], spacingM, b, nameof(yM));
            if (!(vs30[b] > 0) || double.IsInfinity(vs30[b]))
            {
                throw new ArgumentOutOfRangeException(nameof(vs30), vs30[b], $"Building {b}: Vs30 must be positive and finite.");
            }

            keys[b] = ((long)row << 32) | (uint)(column ^ int.MinValue);
            order[b] = b;
        }

        // Stable tie order is not needed: buildings of a cell are only collected, and their Vs30 are sorted below.
        Array.Sort(keys, order);

        var cells = 0;
        for (var k = 0; k < n; k++)
        {
            if (k == 0 || keys[k] != keys[k - 1])
            {
                cells++;
            }
        }

        var centreX = new double[cells];
        var centreY = new double[cells];
        var cellVs30 = new double[cells];
        var buildingCell = new int[n];
        var scratch = new double[n];
        var cell = -1;
        var start = 0;
        for (var k = 0; k <= n; k++)
        {
            if (k < n && k > 0 && keys[k] == keys[k - 1])
            {
                continue;
            }

            if (cell >= 0)
            {
                cellVs30[cell] = Median(scratch.AsSpan(start, k - start));
            }

            if (k == n)
            {
                break;
            }

            cell++;
            start = k;
            var row = (int)(keys[k] >> 32);
            var column = (int)(uint)keys[k] ^ int.MinValue;
            centreX[cell] = (column + 0.5) * spacingM;
            centreY[cell] = (row + 0.5) * spacingM;
            for (var j = k; j < n && keys[j] == keys[k]; j++)
            {
                buildingCell[order[j]] = cell;
                scratch[j] = vs30[order[j]];
            }
        }

        return new SiteGrid(spacingM, centreX, centreY, cellVs30, buildingCell);
    }

    /// <summary>
    /// Sites given from outside (e.g. the site mesh of an OpenQuake ground-motion-field export), each building
    /// already assigned to one of them. The sites take the place of the grid cells; <see cref="SpacingM"/> is only
    /// their typical spacing (used to draw them).
    /// </summary>
    /// <param name="siteXM">Site east coordinates, m in the buildings' frame.</param>
    /// <param name="siteYM">Site north coordinates, m; same length.</param>
    /// <param name="buildingSite">Site index per building, each in [0, site count).</param>
    /// <param name="vs30">Building Vs30, m/s, &gt; 0; same length as <paramref name="buildingSite"/>. A site's Vs30 is
    /// the median of its buildings' (as for grid cells), or NaN for a site without buildings.</param>
    /// <param name="spacingM">Typical site spacing, m, &gt; 0.</param>
    /// <returns>The sites as a grid.</returns>
    public static SiteGrid FromSites(
        ReadOnlySpan<double> siteXM, ReadOnlySpan<double> siteYM, ReadOnlySpan<int> buildingSite, ReadOnlySpan<double> vs30, double spacingM)
    {
        var m = siteXM.Length;
        var n = buildingSite.Length;
        if (siteYM.Length != m || vs30.Length != n)
        {
            throw new ArgumentException($"Site spans must hold {m} values (y {siteYM.Length}) and building spans {n} (Vs30 {vs30.Length}).", nameof(siteYM));
        }

        if (!(spacingM > 0) || double.IsInfinity(spacingM))
        {
            throw new ArgumentOutOfRangeException(nameof(spacingM), spacingM, "Spacing must be positive and finite.");
        }

        // Buildings ordered by site (counting sort) so each site's Vs30 values are one contiguous slice.
        var start = new int[m + 1];
        for (var b = 0; b < n; b++)
        {
            if ((uint)buildingSite[b] >= (uint)m)
            {
                throw new ArgumentOutOfRangeException(nameof(buildingSite), buildingSite[b], $"Building {b} refers to a site that does not exist.");
            }

            if (!(vs30[b] > 0) || double.IsInfinity(vs30[b]))
            {
                throw new ArgumentOutOfRangeException(nameof(vs30), vs30[b], $"Building {b}: Vs30 must be positive and finite.");
            }

            start[buildingSite[b] + 1]++;
        }

        for (var k = 0; k < m; k++)
        {
            start[k + 1] += start[k];
        }

        var scratch = new double[n];
        var next = start.AsSpan(0, m).ToArray();
        for (var b = 0; b < n; b++)
        {
            scratch[next[buildingSite[b]]++] = vs30[b];
        }

        var siteVs30 = new double[m];
        for (var k = 0; k < m; k++)
        {
            siteVs30[k] = start[k + 1] > start[k] ? Median(scratch.AsSpan(start[k], start[k + 1] - start[k])) : double.NaN;
        }

        return new SiteGrid(spacingM, siteXM.ToArray(), siteYM.ToArray(), siteVs30, buildingSite.ToArray());
    }

    private static int CellIndex(double coordinateM, double spacingM, int building, string name)
    {
        var index = Math.Floor(coordinateM / spacingM);
        if (!(index >= int.MinValue && index <= int.MaxValue))
        {
            throw new ArgumentOutOfRangeException(name, coordinateM, $"Building {building}: coordinate is not finite or too far from the origin for the grid.");
        }

        return (int)index;
    }

    private static double Median(Span<double> values)
    {
        values.Sort();
        var mid = values.Length / 2;
        return values.Length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }
}
