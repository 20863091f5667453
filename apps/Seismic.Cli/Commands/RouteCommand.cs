using System.CommandLine;
using System.Globalization;
using NetTopologySuite.Geometries;
using Seismic.Cli.Infrastructure;
using Seismic.Engine.Routing;
using Seismic.GeoData.Routing;

namespace Seismic.Cli.Commands;

/// <summary>
/// <c>seismic route --from LON,LAT --to LON,LAT [--osm F | --district F] [--elderly] [--json]</c>: the shortest walk
/// between two points on the pedestrian network, with its length, walking time and GeoJSON geometry.
/// <c>--pairs F</c> routes every row of a CSV (from_lon,from_lat,to_lon,to_lat) on one network instead and prints
/// pair,status,distance_m,walk_s,snap_from_m,snap_to_m with full precision (the pgRouting validation uses it).
/// </summary>
internal static class RouteCommand
{
    /// <summary>Default farthest a point may lie from the walkable network (m).</summary>
    private const double DefaultMaxSnapM = 500;

    public static Command Build(CommandContext context)
    {
        var from = new Option<string?>("--from") { Description = "Start point, WGS84 degrees.", HelpName = "LON,LAT" };
        var to = new Option<string?>("--to") { Description = "End point, WGS84 degrees.", HelpName = "LON,LAT" };
        var pairs = new Option<string?>("--pairs")
        {
            Description = "CSV of point pairs (header from_lon,from_lat,to_lon,to_lat) to route in one run; prints one CSV row each.",
            HelpName = "FILE.csv",
        };
        var osm = OsmOption();
        var elderly = new Option<bool>("--elderly") { Description = "Walk at 0.8 m/s (elderly or disabled) instead of 1.1 m/s." };
        var maxSnap = new Option<double>("--max-snap-m")
        {
            Description = "Farthest a point may lie from the nearest walkable road, in metres.",
            DefaultValueFactory = _ => DefaultMaxSnapM,
            HelpName = "M",
        };
        var json = GlobalOptions.Json();
        var command = new Command("route", "Shortest walking route between two points (length, walking time, GeoJSON line).")
        {
            from, to, pairs, osm, elderly, maxSnap, json,
        };
        command.SetAction(parse =>
        {
            var pairFile = parse.GetValue(pairs);
            var fromText = parse.GetValue(from);
            var toText = parse.GetValue(to);
            if (pairFile is null && (fromText is null || toText is null))
            {
                throw new UsageException("route needs --from LON,LAT and --to LON,LAT (or --pairs FILE.csv)");
            }

            if (pairFile is not null && (fromText is not null || toText is not null))
            {
                throw new UsageException("give either --from/--to or --pairs, not both");
            }

            var batch = pairFile is null ? null : RoutePairs.Read(pairFile);
            var start = fromText is null ? null : ParsePoint("--from", fromText);
            var end = toText is null ? null : ParsePoint("--to", toText);
            var limit = parse.GetValue(maxSnap);
            if (!(limit > 0) || double.IsInfinity(limit))
            {
                throw new UsageException($"--max-snap-m must be a positive number of metres; got {limit.ToString(CultureInfo.InvariantCulture)}");
            }

            var options = PedestrianNetworkOptions.Default with
            {
                Profile = parse.GetValue(elderly) ? WalkingProfile.Elderly : WalkingProfile.Default,
            };
            var (network, source) = LoadNetwork(context, parse.GetValue(osm), parse.GetValue(GlobalOptions.District), options);
            if (batch is not null)
            {
                RoutePairs.Write(context.Out, network, batch, limit);
                return ExitCodes.Ok;
            }

            CheckReach(network, "--from", start!, limit, source);
            CheckReach(network, "--to", end!, limit, source);
            var route = network.Route(new ShortestPathSearch(network.Graph), start!, end!);
            if (parse.GetValue(json))
            {
                JsonOutput.Write(context.Out, ToJson(route, start!, end!, network.Graph.Profile));
            }
            else
            {
                WriteText(context.Out, route, network.Graph.Profile);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary><c>--osm F</c>: route on an OpenStreetMap file instead of the district.</summary>
    internal static Option<string?> OsmOption() => new("--osm")
    {
        Description = "OpenStreetMap file (.osm.pbf or .osm) to build the network from, instead of the district.",
        HelpName = "FILE",
    };

    /// <summary>The network of <c>--osm F</c>, else of the district (<c>--district F</c> or the embedded sample).</summary>
    internal static (PedestrianNetwork Network, string Source) LoadNetwork(
        CommandContext context, string? osm, string? district, PedestrianNetworkOptions? options = null)
    {
        if (osm is not null && district is not null)
        {
            throw new UsageException("give either --osm or --district, not both");
        }

        if (osm is not null)
        {
            using var progress = context.Progress($"importing {Path.GetFileName(osm)}");
            return (PedestrianNetwork.FromOsm(osm, options, progress).Network, osm);
        }

        var path = DistrictLocator.Resolve(district);
        var model = DistrictLocator.Load(context, district);
        return (PedestrianNetwork.FromDistrict(model, options, path), path);
    }

    /// <summary>Parses <c>LON,LAT</c> in WGS84 degrees (invariant culture: a point for decimals).</summary>
    internal static Coordinate ParsePoint(string option, string text)
    {
        var parts = text.Split(',');
        if (parts.Length != 2
            || !double.TryParse(parts[0].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var lon)
            || !double.TryParse(parts[1].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var lat))
        {
            throw new UsageException($"{option}: expected LON,LAT in WGS84 degrees, e.g. 113.3167,23.0945; got '{text}'");
        }

        if (!(Math.Abs(lon) <= 180) || !(Math.Abs(lat) <= 90))
        {
            throw new UsageException(
                $"{option}: {text} is not a WGS84 position (longitude −180…180, latitude −90…90; longitude comes first)");
        }

        return new Coordinate(lon, lat);
    }

    private static void CheckReach(PedestrianNetwork network, string option, Coordinate point, double limitM, string source)
    {
        var location = network.Snap(point.X, point.Y);
        if (!location.IsValid || location.SnapDistanceM > limitM)
        {
            var c = CultureInfo.InvariantCulture;
            throw new UsageException(string.Create(c,
                $"{option} {point.X:0.######},{point.Y:0.######} is outside the walkable network of {Path.GetFileName(source)}: "
                + $"{location.SnapDistanceM:N0} m from the nearest walkable road (limit {limitM:N0} m; --max-snap-m sets it)"));
        }
    }

    private static RouteJson ToJson(NetworkRoute route, Coordinate from, Coordinate to, WalkingProfile profile)
    {
        var path = route.Path;
        var coordinates = new double[route.Geometry.NumPoints][];
        for (var i = 0; i < coordinates.Length; i++)
        {
            var c = route.Geometry.GetCoordinateN(i);
            coordinates[i] = [Math.Round(c.X, 7), Math.Round(c.Y, 7)];
        }

        return new RouteJson(
            path.Found,
            [from.X, from.Y],
            [to.X, to.Y],
            path.Found ? Math.Round(path.DistanceM, 2) : null,
            path.Found ? Math.Round(path.WalkSeconds, 1) : null,
            profile.Name,
            profile.SpeedMps,
            Math.Round(path.From.SnapDistanceM, 2),
            Math.Round(path.To.SnapDistanceM, 2),
            new LineStringJson("LineString", coordinates));
    }

    private static void WriteText(TextWriter writer, NetworkRoute route, WalkingProfile profile)
    {
        var path = route.Path;
        var c = CultureInfo.InvariantCulture;
        if (!path.Found)
        {
            writer.WriteLine("no route: the two points lie on parts of the network that do not connect");
            return;
        }

        writer.WriteLine(string.Create(c,
            $"route: {path.DistanceM:N0} m, {path.WalkSeconds / 60:0.0} min at {profile.SpeedMps:0.0#} m/s ({profile.Name}); "
            + $"start {path.From.SnapDistanceM:N0} m and end {path.To.SnapDistanceM:N0} m from the network"));
        writer.WriteLine(string.Create(c, $"{route.Geometry.NumPoints} points; --json prints the GeoJSON line"));
    }

    private sealed record RouteJson(
        bool Found,
        double[] From,
        double[] To,
        double? DistanceM,
        double? WalkS,
        string Profile,
        double SpeedMps,
        double SnapFromM,
        double SnapToM,
        LineStringJson Geometry);

    private sealed record LineStringJson(string Type, double[][] Coordinates);
}
