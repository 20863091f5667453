using System.Buffers.Binary;

namespace Seismic.Maps.Skia;

/// <summary>
/// Adds the print resolution to an encoded PNG as a pHYs chunk (PNG specification, 3rd ed., §11.3.5.3), so printed
/// maps and cards come out at their intended size. Skia's encoder writes no pHYs; the chunk goes right after IHDR,
/// before the image data, as the specification requires.
/// </summary>
internal static class PngDensity
{
    private const int SignatureAndHeaderLength = 8 + 4 + 4 + 13 + 4;
    private static readonly uint[] CrcTable = BuildCrcTable();

    public static void Write(ReadOnlySpan<byte> png, double dpi, Stream output)
    {
        if (png.Length < SignatureAndHeaderLength || !png.Slice(12, 4).SequenceEqual("IHDR"u8))
        {
            throw new InvalidOperationException("The PNG encoder produced no IHDR header.");
        }

        output.Write(png[..SignatureAndHeaderLength]);
        Span<byte> chunk = stackalloc byte[4 + 4 + 9 + 4];
        BinaryPrimitives.WriteUInt32BigEndian(chunk, 9);
        "pHYs"u8.CopyTo(chunk[4..]);
        var pixelsPerMetre = (uint)Math.Round(dpi / 0.0254);
        BinaryPrimitives.WriteUInt32BigEndian(chunk[8..], pixelsPerMetre);
        BinaryPrimitives.WriteUInt32BigEndian(chunk[12..], pixelsPerMetre);
        chunk[16] = 1; // unit: metre
        BinaryPrimitives.WriteUInt32BigEndian(chunk[17..], Crc32(chunk[4..17]));
        output.Write(chunk);
        output.Write(png[SignatureAndHeaderLength..]);
    }

    /// <summary>CRC-32 (ISO 3309, polynomial 0xEDB88320) over chunk type and data, as PNG §5.5 defines it.</summary>
    internal static uint Crc32(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return crc ^ 0xFFFFFFFFu;
    }

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
