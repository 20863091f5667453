namespace Seismic.GeoData.Osm;

/// <summary>The two OpenStreetMap encodings read, told apart by their first bytes rather than the file name.</summary>
internal enum OsmFileFormat
{
    /// <summary>Protocol-buffer binary format (.osm.pbf).</summary>
    Pbf,
    /// <summary>OSM XML (.osm).</summary>
    Xml,
}

/// <summary>Recognises the format of an OSM file from its first bytes.</summary>
internal static class OsmFileFormatDetector
{
    /// <summary>
    /// A PBF file opens with a 4-byte big-endian length and a BlobHeader whose first field (tag 0x0A) is the type
    /// string "OSMHeader" (9 bytes); the OSM PBF specification requires that header block to come first.
    /// </summary>
    private static ReadOnlySpan<byte> PbfSignature => "\n\tOSMHeader"u8;

    /// <summary>Reads the start of <paramref name="stream"/>, rewinds it and names the format.</summary>
    /// <exception cref="GeoDataException">Empty, compressed or neither PBF nor XML.</exception>
    public static OsmFileFormat Detect(Stream stream, string path)
    {
        Span<byte> head = stackalloc byte[64];
        var read = 0;
        while (read < head.Length)
        {
            var n = stream.Read(head[read..]);
            if (n == 0)
            {
                break;
            }

            read += n;
        }

        stream.Seek(0, SeekOrigin.Begin);
        head = head[..read];
        if (read == 0)
        {
            throw new GeoDataException(path, null, "the file is empty; expected an OpenStreetMap .osm.pbf or .osm file");
        }

        if (read >= 4 + PbfSignature.Length && head.Slice(4, PbfSignature.Length).SequenceEqual(PbfSignature))
        {
            return OsmFileFormat.Pbf;
        }

        if (head[0] == 0x1F && read > 1 && head[1] == 0x8B || head.StartsWith("BZh"u8))
        {
            throw new GeoDataException(path, null, "the file is compressed (gzip/bzip2); decompress it to .osm or convert it to .osm.pbf first");
        }

        var text = head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? head[3..] : head;
        var start = 0;
        while (start < text.Length && text[start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            start++;
        }

        if (start < text.Length && text[start] == (byte)'<')
        {
            return OsmFileFormat.Xml;
        }

        var expected = path.EndsWith(".pbf", StringComparison.OrdinalIgnoreCase)
            ? "not an OSM PBF file (it does not start with an OSMHeader block)"
            : "not an OpenStreetMap file: neither OSM PBF (no OSMHeader block) nor OSM XML";
        throw new GeoDataException(path, null, expected);
    }
}
