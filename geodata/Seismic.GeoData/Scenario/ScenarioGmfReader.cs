using System.Globalization;
using Seismic.Engine.Hazard.Sites;
using Seismic.Engine.Risk.Scenario;
using Seismic.GeoData.OpenQuake;

namespace Seismic.GeoData.Scenario;

/// <summary>
/// Reads given ground-motion fields for a scenario from OpenQuake's GMF export: <c>gmf-data_&lt;calc&gt;.csv</c>
/// (<c>event_id,site_id,gmv_PGA[,gmv_PGV,…]</c>; older exports spell the ids <c>eid</c>/<c>sid</c> and may add
/// <c>rlz_id</c>/<c>rlzi</c>; site meshes with custom ids use <c>custom_site_id</c>) and the site mesh
/// <c>sitemesh_&lt;calc&gt;.csv</c> (<c>site_id,lon,lat</c> or <c>custom_site_id,lon,lat</c>). The <c>#</c> metadata
/// line OpenQuake writes first, and columns not used here (other IMTs, <c>sep_*</c>), are skipped.
/// </summary>
/// <remarks>
/// Each event (each realization/event pair when the file has a realization column) is one scenario realization.
/// Unlike the damage command's reader, a missing (event, site) row is an error rather than zero shaking: a scenario
/// realization must be a complete field. Sites the sites file lists but the GMF never mentions (OpenQuake leaves out
/// sites beyond its maximum distance) carry no motion and are not candidates. Buildings take the nearest GMF site in the district's metric frame, and the
/// nearest site must lie within a tolerance (<see cref="DefaultMaxDistanceM"/> by default): twice the 250 m spacing
/// of the simulated site grid, so a GMF computed on a comparable mesh over the district always matches, while a GMF
/// for another place, or one whose mesh stops short of part of the district, is refused instead of silently
/// stretching a distant site's motion over buildings it does not describe.
/// </remarks>
public static class ScenarioGmfReader
{
    /// <summary>Default largest distance from a building to its GMF site, m.</summary>
    public const double DefaultMaxDistanceM = 500;

    private static readonly string[] SiteColumns = ["site_id", "sid", "custom_site_id"];

    /// <summary>Reads the fields and assigns the district's buildings to their sites.</summary>
    /// <param name="gmfPath">The GMF CSV.</param>
    /// <param name="sitesPath">The sites CSV; null for the <c>sitemesh_&lt;calc&gt;.csv</c> beside a
    /// <c>gmf-data_&lt;calc&gt;.csv</c>.</param>
    /// <param name="district">The district.</param>
    /// <param name="maxDistanceM">Largest distance from a building to its site, m, &gt; 0.</param>
    /// <returns>The ground motion; its <see cref="GivenGroundMotion.Events"/> is the number of realizations.</returns>
    /// <exception cref="GeoDataException">A missing file or column, a bad value, an event without a value at some
    /// site, a site the sites file lacks, or buildings farther than <paramref name="maxDistanceM"/> from every site.</exception>
    public static GivenGroundMotion Read(string gmfPath, string? sitesPath, ScenarioDistrict district, double maxDistanceM = DefaultMaxDistanceM)
    {
        ArgumentException.ThrowIfNullOrEmpty(gmfPath);
        ArgumentNullException.ThrowIfNull(district);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxDistanceM);
        sitesPath ??= SitesBeside(gmfPath);
        var (siteIds, siteIndex, lon, lat) = ReadSites(sitesPath);

        var table = CsvTable.Read(gmfPath);
        var sid = table.RequireColumn(SiteColumns);
        var eid = table.RequireColumn("event_id", "eid");
        var rlz = table.Column("rlz_id", "rlzi");
        var pgaColumn = table.RequireColumn("gmv_PGA");
        var pgvColumn = table.Column("gmv_PGV");

        // Pass 1: the events and sites the GMF names, each row's (event, site), duplicates.
        var events = new Dictionary<(string, string), int>();
        var eventLabels = new List<string>();
        var eventLine = new List<int>();
        var gmfSite = new Dictionary<int, int>();
        var gmfSites = new List<int>();
        var rowEvent = new int[table.Rows.Count];
        var rowSite = new int[table.Rows.Count];
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var (line, fields) = table.Rows[r];
            var id = Required(table, fields, sid, line);
            var evt = Required(table, fields, eid, line);
            var realization = rlz >= 0 ? Required(table, fields, rlz, line) : string.Empty;
            if (!siteIndex.TryGetValue(id, out var s))
            {
                throw new GeoDataException(gmfPath, $"line {line}, column {table.Header[sid]}",
                    $"GMF sites do not match: site {id} is not in the sites file {sitesPath}");
            }

            if (!gmfSite.TryGetValue(s, out var g))
            {
                g = gmfSites.Count;
                gmfSite.Add(s, g);
                gmfSites.Add(s);
            }

            if (!events.TryGetValue((realization, evt), out var e))
            {
                e = eventLabels.Count;
                events.Add((realization, evt), e);
                eventLabels.Add(rlz >= 0 ? $"{realization}/{evt}" : evt);
                eventLine.Add(line);
            }

            rowEvent[r] = e;
            rowSite[r] = g;
        }

        if (eventLabels.Count == 0)
        {
            throw new GeoDataException(gmfPath, null, "no ground-motion rows");
        }

        // Pass 2: values into event-major arrays over the GMF's sites; every event must cover every site.
        var m = gmfSites.Count;
        var eventCount = eventLabels.Count;
        var pga = new double[eventCount * m];
        var pgv = pgvColumn >= 0 ? new double[eventCount * m] : [];
        var seen = new bool[eventCount * m];
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var (line, fields) = table.Rows[r];
            var k = rowEvent[r] * m + rowSite[r];
            if (seen[k])
            {
                throw new GeoDataException(gmfPath, $"line {line}", $"a second row for site {siteIds[gmfSites[rowSite[r]]]} in event {eventLabels[rowEvent[r]]}");
            }

            seen[k] = true;
            pga[k] = table.Number(fields, pgaColumn, line);
            if (pgvColumn >= 0)
            {
                pgv[k] = table.Number(fields, pgvColumn, line);
            }
        }

        for (var k = 0; k < seen.Length; k++)
        {
            if (!seen[k])
            {
                var e = k / m;
                throw new GeoDataException(gmfPath, $"event {eventLabels[e]} (first row at line {eventLine[e]})",
                    $"no row for site {siteIds[gmfSites[k % m]]}; every event must give a value at every one of the GMF's {m} sites");
            }
        }

        var x = new double[m];
        var y = new double[m];
        for (var g = 0; g < m; g++)
        {
            (x[g], y[g]) = district.ToMetric(lon[gmfSites[g]], lat[gmfSites[g]]);
        }

        var inputs = district.Inputs;
        var buildingSite = new int[inputs.Count];
        var distance = new double[inputs.Count];
        var unmatched = NearestSite.Assign(inputs.XM, inputs.YM, x, y, maxDistanceM, buildingSite, distance);
        if (unmatched > 0)
        {
            var farthest = 0.0;
            foreach (var d in distance)
            {
                farthest = Math.Max(farthest, d);
            }

            throw new GeoDataException(gmfPath, null, string.Create(CultureInfo.InvariantCulture,
                $"GMF sites do not match the district: {unmatched} of {inputs.Count} buildings are farther than {maxDistanceM:0.#} m from every site of {sitesPath} (farthest {farthest:0} m); use the GMF computed for this district or raise --gmf-max-distance-m"));
        }

        return GivenGroundMotion.Create(inputs, x, y, buildingSite, pga, pgv, eventCount);
    }

    /// <summary>The site mesh OpenQuake exports beside a GMF: <c>sitemesh_&lt;calc&gt;.csv</c> for
    /// <c>gmf-data_&lt;calc&gt;.csv</c>.</summary>
    /// <param name="gmfPath">The GMF CSV.</param>
    /// <returns>The path of the site mesh.</returns>
    /// <exception cref="GeoDataException">The GMF is not named like an OpenQuake export or the site mesh is missing.</exception>
    public static string SitesBeside(string gmfPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(gmfPath);
        const string prefix = "gmf-data";
        var name = Path.GetFileName(gmfPath);
        if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            var candidate = Path.Combine(Path.GetDirectoryName(gmfPath) ?? string.Empty, "sitemesh" + name[prefix.Length..]);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new GeoDataException(gmfPath, null,
            "no sites file: pass --sites SITES.csv (site_id,lon,lat; OpenQuake exports it beside gmf-data_<calc>.csv as sitemesh_<calc>.csv)");
    }

    private static string Required(CsvTable table, string[] fields, int column, int line)
    {
        var text = fields[column].Trim();
        return text.Length > 0 ? text : throw new GeoDataException(table.Path, $"line {line}, column {table.Header[column]}", "empty value");
    }

    private static (List<string> Ids, Dictionary<string, int> Index, List<double> Lon, List<double> Lat) ReadSites(string path)
    {
        var table = CsvTable.Read(path);
        var sid = table.RequireColumn(SiteColumns);
        var lonColumn = table.RequireColumn("lon", "longitude");
        var latColumn = table.RequireColumn("lat", "latitude");
        var ids = new List<string>(table.Rows.Count);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var lon = new List<double>(table.Rows.Count);
        var lat = new List<double>(table.Rows.Count);
        foreach (var (line, fields) in table.Rows)
        {
            var id = Required(table, fields, sid, line);
            var x = table.Number(fields, lonColumn, line, allowNegative: true);
            var y = table.Number(fields, latColumn, line, allowNegative: true);
            if (x is < -180 or > 180)
            {
                throw new GeoDataException(path, $"line {line}, column {table.Header[lonColumn]}", $"site {id}: longitude {x} is outside ±180");
            }

            if (y is < -90 or > 90)
            {
                throw new GeoDataException(path, $"line {line}, column {table.Header[latColumn]}", $"site {id}: latitude {y} is outside ±90");
            }

            if (!index.TryAdd(id, ids.Count))
            {
                throw new GeoDataException(path, $"line {line}, column {table.Header[sid]}", $"duplicate site id {id}");
            }

            ids.Add(id);
            lon.Add(x);
            lat.Add(y);
        }

        return ids.Count == 0 ? throw new GeoDataException(path, null, "no sites") : (ids, index, lon, lat);
    }
}
