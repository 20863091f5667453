using System.Globalization;
using Seismic.Engine.Routing;

namespace Seismic.GeoData.Routing;

/// <summary>
/// Writes a pedestrian graph as a pgRouting edge table in CSV:
/// <c>id,source,target,cost_m,reverse_cost_m,x1,y1,x2,y2</c> — one row per edge (the piece of a way between two
/// graph nodes), ids and node numbers from 1, costs in metres, x/y the WGS84 lon/lat of the end nodes. Pedestrians
/// ignore one-way, so reverse_cost_m equals cost_m; non-walkable roads are not in the graph at all, so no row carries
/// the negative "not traversable" cost of pgRouting. Numbers use the shortest round-trip form, so a database loading
/// the file sums exactly the costs the graph searched.
/// </summary>
public static class PedestrianGraphCsv
{
    /// <summary>The header line.</summary>
    public const string Header = "id,source,target,cost_m,reverse_cost_m,x1,y1,x2,y2";

    /// <summary>Writes the edge table atomically (temporary file, then move).</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="path">CSV file to write.</param>
    public static void Write(PedestrianGraph graph, string path)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentException.ThrowIfNullOrEmpty(path);
        AtomicFile.Write(path, temp =>
        {
            using var writer = new StreamWriter(temp, append: false, new System.Text.UTF8Encoding(false), 1 << 16);
            Write(graph, writer);
        });
    }

    /// <summary>Writes the edge table to a text writer.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="writer">Destination.</param>
    public static void Write(PedestrianGraph graph, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine(Header);
        var c = CultureInfo.InvariantCulture;
        for (var e = 0; e < graph.EdgeCount; e++)
        {
            int s = graph.EdgeSource(e), t = graph.EdgeTarget(e);
            var cost = graph.EdgeLengthM(e).ToString("R", c);
            writer.Write((e + 1).ToString(c));
            writer.Write(',');
            writer.Write((s + 1).ToString(c));
            writer.Write(',');
            writer.Write((t + 1).ToString(c));
            writer.Write(',');
            writer.Write(cost);
            writer.Write(',');
            writer.Write(cost);
            writer.Write(',');
            writer.Write(graph.NodeLon(s).ToString("R", c));
            writer.Write(',');
            writer.Write(graph.NodeLat(s).ToString("R", c));
            writer.Write(',');
            writer.Write(graph.NodeLon(t).ToString("R", c));
            writer.Write(',');
            writer.Write(graph.NodeLat(t).ToString("R", c));
            writer.WriteLine();
        }
    }
}
