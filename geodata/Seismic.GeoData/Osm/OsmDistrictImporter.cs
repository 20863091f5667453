using NetTopologySuite.Geometries;
using OsmSharp.Streams;
using Seismic.Engine.Common;
using Seismic.Engine.District;

namespace Seismic.GeoData.Osm;

/// <summary>
/// Imports an OpenStreetMap extract (.osm.pbf or OSM XML) into a <see cref="DistrictModel"/>: roads from
/// highway=*, buildings from building=* ways and multipolygon relations, shelter candidates from parks and
/// amenity=shelter, assembly points from emergency=assembly_point. One streaming pass keeps node coordinates in flat
/// arrays and only the tagged features; geometry is assembled afterwards.
/// </summary>
/// <remarks>
/// <para><b>Roads</b> (id = way id; ways with fewer than two nodes in the file are dropped and counted):
/// class from highway=* — motorway/trunk(+_link) → Motorway; primary, secondary, tertiary (+_link) → their class;
/// residential/unclassified/living_street → Residential; service → Service, or Alley with service=alley;
/// pedestrian; footway/sidewalk/crossing → Footway; path/track/bridleway → Path; cycleway; steps; any other value →
/// Other; construction/proposed/abandoned/disused/razed/platform/raceway are skipped.
/// Pedestrian access, first rule that applies: foot=yes/designated/permissive → true; foot=no/private/use_sidepath →
/// false; access=no/private → false; Motorway class (motorway and trunk: closed to pedestrians in China, PRC Road
/// Traffic Safety Law art. 67 and urban-expressway rules) → false; otherwise true.
/// Structure: bridge=* other than no → Bridge; tunnel=* other than no → Tunnel (tunnel=building_passage included:
/// it runs under a building that can collapse); covered=* is ignored. Layer: layer=* when an integer, else bridges 1,
/// tunnels −1, building passages and everything else 0. One-way: oneway=yes/1/true, or −1/reverse with the geometry
/// reversed so one-way always runs along it; motorways, motorway links and roundabouts are one-way unless oneway=no.
/// Width: width=* in metres ("5", "5 m", "5.5m"), else by class: motorway 20, primary 16, secondary 12, tertiary 10,
/// residential 7, service 4, alley 2, pedestrian 6, footway 2, path 1.5, cycleway 2, steps 2, other 3.</para>
/// <para><b>Buildings</b> (id "osm-w…"/"osm-r…"): closed ways and multipolygon relations with building=* other than
/// no; invalid footprints are repaired with a zero-width buffer, those without area dropped. Storeys from
/// building:levels, basement from building:levels:underground, height from height=*, year from start_date or
/// building:year; use from amenity (school/hospital first), then building=*, then shop/office; source type =
/// building=*. Structure type, floor area and occupants stay unknown for the survey to fill.</para>
/// <para><b>Shelter candidates</b> (category Candidate): leisure=park ways and multipolygons with usable area =
/// <see cref="OsmImportOptions.ParkUsableFraction"/> × site area (UTM metric area), dropped below
/// <see cref="OsmImportOptions.MinimumParkUsableAreaM2"/>; amenity=shelter areas (whole footprint usable) and nodes
/// (area and capacity unknown, 0), except shelter_type=public_transport. Capacity = usable area ÷ 1.5 m²
/// (<see cref="Shelter.CapacityFromArea"/>). <b>Assembly points</b>: emergency=assembly_point nodes, and way
/// centroids.</para>
/// <para><b>Boundary</b>: the PBF header's bounding box when present, else the envelope of the imported features.
/// Streets and communities are empty.</para>
/// </remarks>
public static class OsmDistrictImporter
{
    /// <summary>Source tag of imported models (<see cref="DistrictInfo.Source"/>).</summary>
    public const string Source = "osm";

    /// <summary>Reads an OSM file and builds the district model with an import report.</summary>
    /// <param name="path">A .osm.pbf or .osm (XML) file; the format is recognised from its content.</param>
    /// <param name="options">Import choices; null for <see cref="OsmImportOptions.Default"/>.</param>
    /// <param name="progress">Receives progress by stage ("reading nodes", "reading ways", …) every 50,000 elements.</param>
    /// <returns>The model (streets and communities empty: OSM has no such layers here) and the report.</returns>
    /// <exception cref="GeoDataException">
    /// The file is missing, empty, compressed, truncated, corrupt, not OSM, or holds no nodes or no ways; the message
    /// names the file and, where known, the last element read.
    /// </exception>
    public static OsmImportResult Import(
        string path, OsmImportOptions? options = null, IProgress<OperationProgress>? progress = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        options ??= OsmImportOptions.Default;
        options.Validate();
        if (!File.Exists(path))
        {
            throw new GeoDataException(path, null, $"file not found (looked for {Path.GetFullPath(path)})");
        }

        var scan = Read(path, progress, out var headerBox);
        if (scan.NodesRead == 0 || scan.WaysRead == 0)
        {
            throw new GeoDataException(
                path, null, $"no OpenStreetMap data: {scan.NodesRead} nodes and {scan.WaysRead} ways read; an extract needs both");
        }

        progress?.Report(new OperationProgress("assembling features", 0, scan.FeatureWays.Count));
        var assembler = new OsmModelAssembler(scan, options);
        assembler.Run();
        progress?.Report(new OperationProgress("assembling features", scan.FeatureWays.Count, scan.FeatureWays.Count));

        var fileName = Path.GetFileName(path);
        var name = options.DistrictName ?? BaseName(fileName);
        var info = new DistrictInfo(
            name, name, string.Empty, Source, $"© OpenStreetMap contributors, ODbL 1.0; file {fileName}", Seed: null);
        var model = new DistrictModel(
            info,
            new DistrictBoundary(name, Boundary(headerBox, assembler, scan)),
            [],
            [],
            assembler.Roads,
            assembler.Buildings,
            assembler.Shelters,
            assembler.AssemblyPoints);
        return new OsmImportResult(model, assembler.Counters.ToReport(scan));
    }

    private static OsmScan Read(string path, IProgress<OperationProgress>? progress, out Envelope? headerBox)
    {
        var scan = new OsmScan();
        headerBox = null;
        OsmFileFormat format;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            format = OsmFileFormatDetector.Detect(stream, path);
            if (format == OsmFileFormat.Pbf)
            {
                headerBox = OsmPbfHeader.TryReadBoundingBox(stream);
            }

            using OsmStreamSource source = format == OsmFileFormat.Pbf
                ? new PBFOsmStreamSource(stream)
                : new XmlOsmStreamSource(stream);
            scan.Run(source, progress);
        }
        catch (GeoDataException)
        {
            throw;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // OsmSharp and its protobuf and XML readers throw many unrelated types on bad input (end of stream,
            // invalid protobuf wire data, XML syntax, null members); to the user they all mean one thing.
            var what = path.EndsWith(".pbf", StringComparison.OrdinalIgnoreCase)
                ? "unreadable OSM PBF data (truncated or corrupt file?)"
                : "unreadable OpenStreetMap data (truncated, corrupt or not OSM?)";
            var where = scan.LastElement is { } last ? $"after {last}" : "at the start";
            var detail = ex.Message.ReplaceLineEndings(" ");
            throw new GeoDataException(path, where, $"{what}: {ex.GetType().Name}: {detail}", ex);
        }

        return scan;
    }

    /// <summary>
    /// The extract's own bounding box from the PBF header when it has one; otherwise the envelope of every imported
    /// feature, or when nothing was imported the envelope of all nodes read. A degenerate envelope (one point, one
    /// straight line) is widened by 1e-6° (≈ 0.1 m) so the boundary stays a polygon.
    /// </summary>
    private static Polygon Boundary(Envelope? headerBox, OsmModelAssembler assembler, OsmScan scan)
    {
        var envelope = headerBox is null ? FeatureEnvelope(assembler, scan) : headerBox.Copy();
        if (envelope.Width <= 0 || envelope.Height <= 0)
        {
            envelope.ExpandBy(1e-6);
        }

        var polygon = (Polygon)DistrictGeometry.Factory.ToGeometry(envelope);
        polygon.SRID = DistrictGeometry.Wgs84Srid;
        return polygon;
    }

    private static Envelope FeatureEnvelope(OsmModelAssembler assembler, OsmScan scan)
    {
        var envelope = new Envelope();
        foreach (var road in assembler.Roads)
        {
            envelope.ExpandToInclude(road.Geometry.EnvelopeInternal);
        }

        foreach (var building in assembler.Buildings)
        {
            envelope.ExpandToInclude(building.Footprint.EnvelopeInternal);
        }

        foreach (var shelter in assembler.Shelters)
        {
            envelope.ExpandToInclude(shelter.Geometry.EnvelopeInternal);
        }

        foreach (var point in assembler.AssemblyPoints)
        {
            envelope.ExpandToInclude(point.Location.Coordinate);
        }

        return envelope.IsNull ? scan.Nodes.Envelope() : envelope;
    }

    private static string BaseName(string fileName)
    {
        foreach (var suffix in (ReadOnlySpan<string>)[".osm.pbf", ".pbf", ".osm.xml", ".osm", ".xml"])
        {
            if (fileName.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && fileName.Length > suffix.Length)
            {
                return fileName[..^suffix.Length];
            }
        }

        return fileName;
    }
}
