using System.Globalization;
using NetTopologySuite.Geometries;
using Seismic.Cli.Infrastructure;
using Seismic.Engine.Routing;
using Seismic.GeoData;
using Seismic.GeoData.Routing;

namespace Seismic.Cli.Commands;

/// <summary>Batch mode of <c>seismic route --pairs F</c>: many point pairs routed on one network.</summary>
internal static class RoutePairs
{
    public static List<(Coordinate From, Coordinate To)> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new GeoDataException(path, null, "file not found; --pairs needs a CSV with header from_lon,from_lat,to_lon,to_lat");
        }

        var pairs = new List<(Coordinate, Coordinate)>();
        var line = 0;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            if (line == 1 || text.Length == 0)
            {
                continue;
            }

            var f = text.Split(',');
            if (f.Length != 4 || !TryParse(f, out var values))
            {
                throw new GeoDataException(path, $"line {line}", "expected four numbers from_lon,from_lat,to_lon,to_lat in WGS84 degrees");
            }

            pairs.Add((new Coordinate(values[0], values[1]), new Coordinate(values[2], values[3])));
        }

        return pairs;
    }

    public static void Write(TextWriter writer, PedestrianNetwork network, List<(Coordinate From, Coordinate To)> pairs, double limitM)
    {
        var search = new ShortestPathSearch(network.Graph);
        var c = CultureInfo.InvariantCulture;
        writer.WriteLine("pair,status,distance_m,walk_s,snap_from_m,snap_to_m");
        for (var i = 0; i < pairs.Count; i++)
        {
            var from = network.Snap(pairs[i].From.X, pairs[i].From.Y);
            var to = network.Snap(pairs[i].To.X, pairs[i].To.Y);
            if (!from.IsValid || !to.IsValid || from.SnapDistanceM > limitM || to.SnapDistanceM > limitM)
            {
                writer.WriteLine(string.Create(c, $"{i + 1},outside,,,{from.SnapDistanceM:R},{to.SnapDistanceM:R}"));
                continue;
            }

            var path = search.Route(from, to);
            writer.WriteLine(path.Found
                ? string.Create(c, $"{i + 1},ok,{path.DistanceM:R},{path.WalkSeconds:R},{from.SnapDistanceM:R},{to.SnapDistanceM:R}")
                : string.Create(c, $"{i + 1},no_route,,,{from.SnapDistanceM:R},{to.SnapDistanceM:R}"));
        }
    }

    private static bool TryParse(string[] fields, out double[] values)
    {
        values = new double[fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            if (!double.TryParse(fields[i].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]))
            {
                return false;
            }
        }

        return true;
    }
}
