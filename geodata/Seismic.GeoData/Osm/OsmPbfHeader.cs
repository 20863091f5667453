using System.Buffers.Binary;
using System.IO.Compression;
using NetTopologySuite.Geometries;
using OsmSharp.IO.PBF;
using ProtoBuf;

namespace Seismic.GeoData.Osm;

/// <summary>
/// Reads the bounding box from the OSMHeader block of a PBF file, which OsmSharp parses but does not expose. Layout
/// per the OSM PBF format: a 4-byte big-endian BlobHeader length, the BlobHeader (type "OSMHeader", data size), then
/// the Blob, raw or zlib-compressed, holding a HeaderBlock whose bbox is in nanodegrees.
/// </summary>
internal static class OsmPbfHeader
{
    // Limits from the PBF format description: BlobHeader under 64 KiB, Blob under 32 MiB.
    private const int MaxHeaderBytes = 64 * 1024;
    private const int MaxBlobBytes = 32 * 1024 * 1024;
    private const double NanoDegree = 1e-9;

    /// <summary>
    /// The header's bounding box in degrees, or null when there is none or the header cannot be read (a damaged file
    /// is then reported by the full read). Leaves the stream at its start.
    /// </summary>
    public static Envelope? TryReadBoundingBox(Stream stream)
    {
        try
        {
            return ReadBoundingBox(stream);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or ProtoException or InvalidOperationException)
        {
            return null;
        }
        finally
        {
            stream.Seek(0, SeekOrigin.Begin);
        }
    }

    private static Envelope? ReadBoundingBox(Stream stream)
    {
        stream.Seek(0, SeekOrigin.Begin);
        Span<byte> prefix = stackalloc byte[4];
        stream.ReadExactly(prefix);
        var headerLength = BinaryPrimitives.ReadInt32BigEndian(prefix);
        if (headerLength is <= 0 or > MaxHeaderBytes)
        {
            return null;
        }

        var headerBytes = new byte[headerLength];
        stream.ReadExactly(headerBytes);
        var header = Serializer.Deserialize<BlobHeader>(new MemoryStream(headerBytes));
        if (header.type != "OSMHeader" || header.datasize is <= 0 or > MaxBlobBytes)
        {
            return null;
        }

        var blobBytes = new byte[header.datasize];
        stream.ReadExactly(blobBytes);
        var blob = Serializer.Deserialize<Blob>(new MemoryStream(blobBytes));
        using Stream content = blob.zlib_data is { } zlib
            ? new ZLibStream(new MemoryStream(zlib), CompressionMode.Decompress)
            : new MemoryStream(blob.raw ?? []);
        var bbox = Serializer.Deserialize<HeaderBlock>(content).bbox;
        if (bbox is null)
        {
            return null;
        }

        var envelope = new Envelope(bbox.left * NanoDegree, bbox.right * NanoDegree, bbox.bottom * NanoDegree, bbox.top * NanoDegree);
        var plausible = envelope.MinX >= -180 && envelope.MaxX <= 180 && envelope.MinY >= -90 && envelope.MaxY <= 90
            && envelope.Width > 0 && envelope.Height > 0;
        return plausible ? envelope : null;
    }
}
