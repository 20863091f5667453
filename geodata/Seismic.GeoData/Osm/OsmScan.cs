using OsmSharp;
using OsmSharp.Streams;
using OsmSharp.Tags;
using Seismic.Engine.Common;

namespace Seismic.GeoData.Osm;

/// <summary>
/// The single streaming pass over an OSM source. It keeps every node's coordinates (compact, see
/// <see cref="OsmNodeIndex"/>), every way's node list (relation members are often untagged ways, and relations come
/// after the ways in a file), and only the ways, relations and nodes whose tags make them a feature of the model.
/// Geometry is assembled afterwards, so element order within the file does not matter.
/// </summary>
internal sealed class OsmScan
{
    private const int ProgressEvery = 50_000;

    /// <summary>Coordinates of all nodes read.</summary>
    public OsmNodeIndex Nodes { get; } = new();

    /// <summary>Node lists of all ways, by way id.</summary>
    public Dictionary<long, long[]> WayNodes { get; } = [];

    /// <summary>Ways tagged highway, building, amenity=shelter, leisure=park or emergency=assembly_point.</summary>
    public List<Way> FeatureWays { get; } = [];

    /// <summary>Multipolygon relations tagged building or leisure=park.</summary>
    public List<Relation> FeatureRelations { get; } = [];

    /// <summary>Nodes tagged amenity=shelter or emergency=assembly_point.</summary>
    public List<Node> FeatureNodes { get; } = [];

    /// <summary>Nodes read (with coordinates).</summary>
    public long NodesRead { get; private set; }

    /// <summary>Ways read.</summary>
    public long WaysRead { get; private set; }

    /// <summary>Relations read.</summary>
    public long RelationsRead { get; private set; }

    /// <summary>The last element read, e.g. "way 123", for error messages; null before the first.</summary>
    public string? LastElement => _lastType is null ? null : $"{_lastType} {_lastId}";

    private string? _lastType;
    private long _lastId;

    /// <summary>Reads the whole source.</summary>
    public void Run(OsmStreamSource source, IProgress<OperationProgress>? progress)
    {
        while (source.MoveNext(false, false, false))
        {
            switch (source.Current())
            {
                case Node node:
                    AddNode(node, progress);
                    break;
                case Way way:
                    AddWay(way, progress);
                    break;
                case Relation relation:
                    AddRelation(relation, progress);
                    break;
            }
        }

        Nodes.Seal();
        progress?.Report(new OperationProgress("reading nodes", NodesRead, NodesRead));
        progress?.Report(new OperationProgress("reading ways", WaysRead, WaysRead));
    }

    private void AddNode(Node node, IProgress<OperationProgress>? progress)
    {
        _lastType = "node";
        _lastId = node.Id ?? 0;
        // Deleted or redacted nodes come without coordinates (and without an id in broken files); nothing can use them.
        if (node.Id is not { } id || node.Longitude is not { } lon || node.Latitude is not { } lat)
        {
            return;
        }

        Nodes.Add(id, lon, lat);
        NodesRead++;
        if (NodesRead % ProgressEvery == 0)
        {
            progress?.Report(new OperationProgress("reading nodes", NodesRead, 0));
        }

        var tags = node.Tags;
        if (tags is { Count: > 0 }
            && (OsmTagValues.Is(tags, "amenity", "shelter") || OsmTagValues.Is(tags, "emergency", "assembly_point")))
        {
            FeatureNodes.Add(node);
        }
    }

    private void AddWay(Way way, IProgress<OperationProgress>? progress)
    {
        _lastType = "way";
        _lastId = way.Id ?? 0;
        if (way.Id is not { } id || way.Nodes is null)
        {
            return;
        }

        WaysRead++;
        WayNodes[id] = way.Nodes;
        if (WaysRead % ProgressEvery == 0)
        {
            progress?.Report(new OperationProgress("reading ways", WaysRead, 0));
        }

        if (IsFeatureWay(way.Tags))
        {
            FeatureWays.Add(way);
        }
    }

    private void AddRelation(Relation relation, IProgress<OperationProgress>? progress)
    {
        _lastType = "relation";
        _lastId = relation.Id ?? 0;
        if (relation.Id is null)
        {
            return;
        }

        RelationsRead++;
        if (RelationsRead % ProgressEvery == 0)
        {
            progress?.Report(new OperationProgress("reading relations", RelationsRead, 0));
        }

        var tags = relation.Tags;
        if (relation.Members is not null
            && OsmTagValues.Is(tags, "type", "multipolygon")
            && (OsmTagValues.IsSetAndNotNo(tags, "building") || OsmTagValues.Is(tags, "leisure", "park")))
        {
            FeatureRelations.Add(relation);
        }
    }

    private static bool IsFeatureWay(TagsCollectionBase? tags) =>
        tags is { Count: > 0 }
        && (tags.ContainsKey("highway")
            || OsmTagValues.IsSetAndNotNo(tags, "building")
            || OsmTagValues.Is(tags, "amenity", "shelter")
            || OsmTagValues.Is(tags, "leisure", "park")
            || OsmTagValues.Is(tags, "emergency", "assembly_point"));
}
