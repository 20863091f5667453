using System.CommandLine;
using System.Globalization;
using Seismic.Cli.Infrastructure;
using Seismic.GeoData.Routing;

namespace Seismic.Cli.Commands;

/// <summary>
/// <c>seismic graph export [--osm F | --district F] --out edges.csv [--json]</c>: the pedestrian graph as a pgRouting
/// edge table (id,source,target,cost_m,reverse_cost_m,x1,y1,x2,y2).
/// </summary>
internal static class GraphExportCommand
{
    /// <summary>The <c>graph</c> group.</summary>
    public static Command BuildGroup(CommandContext context)
    {
        var graph = new Command("graph", "The pedestrian graph: export for pgRouting and other tools.");
        graph.Subcommands.Add(Build(context));
        return graph;
    }

    public static Command Build(CommandContext context)
    {
        var osm = RouteCommand.OsmOption();
        var output = new Option<string>("--out") { Description = "CSV edge table to write.", Required = true, HelpName = "edges.csv" };
        var json = GlobalOptions.Json();
        var command = new Command(
            "export",
            "Write the pedestrian graph as a pgRouting edge table: id,source,target,cost_m,reverse_cost_m,x1,y1,x2,y2 "
            + "(metres; WGS84 lon/lat; reverse cost = cost, as pedestrians ignore one-way).")
        {
            osm, output, json,
        };
        command.SetAction(parse =>
        {
            var (network, source) = RouteCommand.LoadNetwork(context, parse.GetValue(osm), parse.GetValue(GlobalOptions.District));
            var target = parse.GetValue(output)!;
            var graph = network.Graph;
            PedestrianGraphCsv.Write(graph, target);
            var summary = new GraphSummary(
                Path.GetFileName(source), target, network.RoadCount, network.WalkableRoadCount, graph.NodeCount,
                graph.EdgeCount, graph.ComponentCount, graph.LargestComponentNodes, Math.Round(graph.TotalLengthM / 1000, 3));
            if (parse.GetValue(json))
            {
                JsonOutput.Write(context.Out, summary);
            }
            else
            {
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"wrote {target}: {summary.Edges:N0} edges, {summary.Nodes:N0} nodes, {summary.TotalKm:N1} km from "
                    + $"{summary.WalkableRoads:N0} walkable of {summary.Roads:N0} roads; {summary.Components:N0} components, "
                    + $"the largest {summary.LargestComponentNodes:N0} nodes"));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private sealed record GraphSummary(
        string Source, string Output, int Roads, int WalkableRoads, int Nodes, int Edges, int Components,
        int LargestComponentNodes, double TotalKm);
}
