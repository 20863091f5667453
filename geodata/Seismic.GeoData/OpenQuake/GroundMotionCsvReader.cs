using System.Globalization;
using Seismic.Engine.Risk;

namespace Seismic.GeoData.OpenQuake;

/// <summary>
/// Reads ground-motion fields in OpenQuake's CSV form — <c>[rlzi,]sid,eid,gmv_PGA[,gmv_SA(0.3)…]</c>; also
/// <c>rlz_id</c>, <c>site_id</c>, <c>event_id</c> — with the sites CSV <c>sid,lon,lat</c> (or <c>site_id</c>); extra
/// columns such as vs30 are ignored, '#' metadata lines skipped.
/// </summary>
/// <remarks>
/// Each distinct (realization, event) pair is one event: with several realizations (several GMPEs) their events are
/// pooled, so the statistics are over all of them with equal weight — OpenQuake reports each realization separately.
/// A site without a row for an event gets 0 for that event (no recorded shaking), as OpenQuake omits rows below its
/// minimum intensity.
/// </remarks>
public static class GroundMotionCsvReader
{
    /// <summary>Reads both files and cross-checks them.</summary>
    /// <param name="gmfPath">GMF CSV.</param>
    /// <param name="sitesPath">Sites CSV.</param>
    /// <returns>The fields; IMT names canonical ("PGA", "SA(0.3)").</returns>
    /// <exception cref="GeoDataException">Missing columns, bad or negative values, duplicate sites or rows, GMF rows
    /// naming a site the sites file lacks.</exception>
    public static GroundMotionData Read(string gmfPath, string sitesPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(gmfPath);
        ArgumentException.ThrowIfNullOrEmpty(sitesPath);
        var (sites, siteIndex) = ReadSites(sitesPath);
        var table = CsvTable.Read(gmfPath);
        var sid = table.RequireColumn("sid", "site_id");
        var eid = table.RequireColumn("eid", "event_id");
        var rlz = table.Column("rlzi", "rlz_id");
        var imtColumns = new List<int>();
        var imts = new List<string>();
        for (var c = 0; c < table.Header.Length; c++)
        {
            if (table.Header[c].StartsWith("gmv_", StringComparison.OrdinalIgnoreCase))
            {
                imtColumns.Add(c);
                imts.Add(ImtName.Normalize(table.Header[c][4..]));
            }
        }

        if (imtColumns.Count == 0)
        {
            throw new GeoDataException(gmfPath, $"line {table.HeaderLine}", "no gmv_<IMT> column (e.g. gmv_PGA)");
        }

        var eventIndex = new Dictionary<(long Rlz, long Eid), int>();
        var events = new List<string>();
        var rowSite = new int[table.Rows.Count];
        var rowEvent = new int[table.Rows.Count];
        var seen = new HashSet<(long, long, long)>();
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var (line, fields) = table.Rows[r];
            var site = table.Integer(fields, sid, line);
            var evt = table.Integer(fields, eid, line);
            var realization = rlz >= 0 ? table.Integer(fields, rlz, line) : 0;
            if (!siteIndex.TryGetValue(site, out var s))
            {
                throw new GeoDataException(gmfPath, $"line {line}, column {table.Header[sid]}",
                    $"site {site} is not in the sites file {sitesPath}; the GMF and sites files do not match");
            }

            if (!seen.Add((realization, site, evt)))
            {
                throw new GeoDataException(gmfPath, $"line {line}", $"duplicate row for site {site}, event {evt}" + (rlz >= 0 ? $", realization {realization}" : ""));
            }

            if (!eventIndex.TryGetValue((realization, evt), out var e))
            {
                e = events.Count;
                eventIndex.Add((realization, evt), e);
                events.Add(rlz >= 0 ? $"{realization}/{evt}" : evt.ToString(CultureInfo.InvariantCulture));
            }

            rowSite[r] = s;
            rowEvent[r] = e;
        }

        if (events.Count == 0)
        {
            throw new GeoDataException(gmfPath, null, "no ground-motion rows");
        }

        var eventCount = events.Count;
        var values = new double[imts.Count][];
        for (var i = 0; i < imts.Count; i++)
        {
            values[i] = new double[sites.Count * eventCount];
            for (var r = 0; r < table.Rows.Count; r++)
            {
                var (line, fields) = table.Rows[r];
                values[i][rowSite[r] * eventCount + rowEvent[r]] = table.Number(fields, imtColumns[i], line);
            }
        }

        return new GroundMotionData(sites, new GroundMotionFieldSet(imts, sites.Count, eventCount, values), events);
    }

    private static (List<HazardSite> Sites, Dictionary<long, int> Index) ReadSites(string path)
    {
        var table = CsvTable.Read(path);
        var sid = table.RequireColumn("sid", "site_id");
        var lon = table.RequireColumn("lon", "longitude");
        var lat = table.RequireColumn("lat", "latitude");
        var sites = new List<HazardSite>(table.Rows.Count);
        var index = new Dictionary<long, int>();
        foreach (var (line, fields) in table.Rows)
        {
            var id = table.Integer(fields, sid, line);
            var x = table.Number(fields, lon, line, allowNegative: true);
            var y = table.Number(fields, lat, line, allowNegative: true);
            if (x is < -180 or > 180 || y is < -90 or > 90)
            {
                throw new GeoDataException(path, $"line {line}", $"site {id}: lon {x} / lat {y} out of range");
            }

            if (!index.TryAdd(id, sites.Count))
            {
                throw new GeoDataException(path, $"line {line}, column {table.Header[sid]}", $"duplicate site id {id}");
            }

            sites.Add(new HazardSite(id, x, y));
        }

        return sites.Count == 0 ? throw new GeoDataException(path, null, "no sites") : (sites, index);
    }
}
