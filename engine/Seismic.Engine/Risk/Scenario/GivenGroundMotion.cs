using Seismic.Engine.Hazard.Sites;

namespace Seismic.Engine.Risk.Scenario;

/// <summary>
/// Ground-motion fields given from outside — typically an OpenQuake scenario's GMF export: one PGA value per event
/// and site, each event one realization. Buildings are assigned to sites by the caller (nearest site within a
/// tolerance, see <see cref="NearestSite"/>); only sites that hold buildings are kept.
/// </summary>
/// <remarks>
/// The representative motion of a site (<see cref="ScenarioGroundMotion.LnMedianPga"/>, and the intensity computed
/// from it) is the median over the events (of ln PGA; the middle two averaged in ln for an even count), the given-fields counterpart of a model's median: for a single event or
/// a constant field it is that value.
/// </remarks>
public sealed class GivenGroundMotion : ScenarioGroundMotion
{
    // Sites measured when estimating the typical site spacing.
    private const int SpacingSample = 1024;

    private readonly double[] _lnPga;

    private GivenGroundMotion(SiteGrid grid, double[] lnMedian, double[] intensity, double[] lnPga, int events, int[] sourceSite)
        : base(grid, lnMedian, intensity)
    {
        _lnPga = lnPga;
        Events = events;
        SourceSite = sourceSite;
    }

    /// <summary>Number of given events (= realizations).</summary>
    public int Events { get; }

    /// <summary>For each kept site, its index in the site arrays passed to <see cref="Create"/>.</summary>
    public IReadOnlyList<int> SourceSite { get; }

    /// <inheritdoc/>
    public override int? AvailableRealizations => Events;

    /// <inheritdoc/>
    public override void Field(int realization, Span<double> lnPga)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(realization);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(realization, Events);
        var m = Grid.CellCount;
        _lnPga.AsSpan(realization * m, m).CopyTo(lnPga);
    }

    /// <summary>Builds the ground motion from given fields.</summary>
    /// <param name="inputs">The buildings.</param>
    /// <param name="siteXM">Site east coordinates in the frame of <see cref="ScenarioInputs.XM"/>, m.</param>
    /// <param name="siteYM">Site north coordinates, m; same length.</param>
    /// <param name="buildingSite">Site index per building (from <see cref="NearestSite.Assign"/>), none −1.</param>
    /// <param name="pgaG">PGA, g, ≥ 0 and finite, event-major: element [event × sites + site].</param>
    /// <param name="pgvCmS">PGV, cm/s, same layout, or empty when the fields give no PGV (intensity then from PGA).</param>
    /// <param name="events">Number of events, ≥ 1.</param>
    /// <returns>The ground motion.</returns>
    public static GivenGroundMotion Create(
        ScenarioInputs inputs, ReadOnlySpan<double> siteXM, ReadOnlySpan<double> siteYM, ReadOnlySpan<int> buildingSite,
        ReadOnlySpan<double> pgaG, ReadOnlySpan<double> pgvCmS, int events)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentOutOfRangeException.ThrowIfLessThan(events, 1);
        var sites = siteXM.Length;
        var n = inputs.Count;
        if (siteYM.Length != sites || buildingSite.Length != n || pgaG.Length != (long)events * sites
            || (!pgvCmS.IsEmpty && pgvCmS.Length != pgaG.Length))
        {
            throw new ArgumentException($"Expected {sites} site coordinates, {n} building sites and {events} × {sites} values.", nameof(pgaG));
        }

        // Keep the sites that hold buildings, in their given order.
        var kept = new int[sites];
        Array.Fill(kept, -1);
        var sourceSite = new List<int>();
        for (var b = 0; b < n; b++)
        {
            var s = buildingSite[b];
            if ((uint)s >= (uint)sites)
            {
                throw new ArgumentOutOfRangeException(nameof(buildingSite), s, $"Building {b} has no site.");
            }

            kept[s] = 0;
        }

        for (var s = 0; s < sites; s++)
        {
            if (kept[s] == 0)
            {
                kept[s] = sourceSite.Count;
                sourceSite.Add(s);
            }
        }

        var m = sourceSite.Count;
        var x = new double[m];
        var y = new double[m];
        for (var k = 0; k < m; k++)
        {
            x[k] = siteXM[sourceSite[k]];
            y[k] = siteYM[sourceSite[k]];
        }

        var cell = new int[n];
        for (var b = 0; b < n; b++)
        {
            cell[b] = kept[buildingSite[b]];
        }

        var lnPga = new double[events * m];
        var lnMedian = new double[m];
        var intensity = new double[m];
        var column = new double[events];
        var pgvColumn = new double[events];
        for (var k = 0; k < m; k++)
        {
            var s = sourceSite[k];
            for (var e = 0; e < events; e++)
            {
                var pga = pgaG[e * sites + s];
                if (!(pga >= 0) || double.IsInfinity(pga))
                {
                    throw new ArgumentOutOfRangeException(nameof(pgaG), pga, $"PGA of event {e} at site {s} must be finite and ≥ 0.");
                }

                if (!pgvCmS.IsEmpty && (!(pgvCmS[e * sites + s] >= 0) || double.IsInfinity(pgvCmS[e * sites + s])))
                {
                    throw new ArgumentOutOfRangeException(nameof(pgvCmS), pgvCmS[e * sites + s], $"PGV of event {e} at site {s} must be finite and ≥ 0.");
                }

                lnPga[e * m + k] = column[e] = Math.Log(pga);
                pgvColumn[e] = pgvCmS.IsEmpty ? double.NaN : Math.Log(pgvCmS[e * sites + s]);
            }

            // Medians in ln: for an even count the geometric mean of the middle two, as ln values are what vary
            // symmetrically (lognormal ground motion).
            lnMedian[k] = Median(column);
            intensity[k] = Intensity(Math.Exp(lnMedian[k]), pgvCmS.IsEmpty ? double.NaN : Math.Exp(Median(pgvColumn)));
        }

        var grid = SiteGrid.FromSites(x, y, cell, inputs.Vs30, TypicalSpacing(x, y));
        return new GivenGroundMotion(grid, lnMedian, intensity, lnPga, events, [.. sourceSite]);
    }

    // Median nearest-neighbour distance between the kept sites: the mesh spacing of a regular OpenQuake site mesh.
    // At most SpacingSample sites (every k-th) are measured against all, which bounds the work for fine meshes and
    // changes nothing on a regular one.
    private static double TypicalSpacing(double[] x, double[] y)
    {
        var m = x.Length;
        if (m < 2)
        {
            return SiteGrid.DefaultSpacingM;
        }

        var stride = (m + SpacingSample - 1) / SpacingSample;
        var nearest = new double[(m + stride - 1) / stride];
        for (var i = 0; i < m; i += stride)
        {
            var best = double.PositiveInfinity;
            for (var j = 0; j < m; j++)
            {
                if (j != i)
                {
                    var dx = x[i] - x[j];
                    var dy = y[i] - y[j];
                    best = Math.Min(best, dx * dx + dy * dy);
                }
            }

            nearest[i / stride] = Math.Sqrt(best);
        }

        var spacing = Median(nearest);
        return spacing > 0 ? spacing : SiteGrid.DefaultSpacingM;
    }

    // Median of the values (sorted in place); the mean of the two middle values for an even count.
    private static double Median(double[] values)
    {
        Array.Sort(values);
        var mid = values.Length / 2;
        return values.Length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }
}
