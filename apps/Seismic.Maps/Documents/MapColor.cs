using System.Globalization;

namespace Seismic.Maps.Documents;

/// <summary>An sRGB colour with straight (non-premultiplied) alpha, independent of any drawing library.</summary>
/// <param name="R">Red, 0–255.</param>
/// <param name="G">Green, 0–255.</param>
/// <param name="B">Blue, 0–255.</param>
/// <param name="A">Alpha, 0 (transparent) – 255 (opaque).</param>
public readonly record struct MapColor(byte R, byte G, byte B, byte A = 255)
{
    /// <summary>Parses "#rrggbb" or "#rrggbbaa".</summary>
    /// <param name="hex">The colour in hexadecimal notation, with the leading '#'.</param>
    /// <exception cref="FormatException">When <paramref name="hex"/> is not of that form.</exception>
    public static MapColor FromHex(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        if (hex.Length is not (7 or 9) || hex[0] != '#'
            || !uint.TryParse(hex.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var v))
        {
            throw new FormatException($"Colour '{hex}' is not of the form #rrggbb or #rrggbbaa.");
        }

        return hex.Length == 7
            ? new MapColor((byte)(v >> 16), (byte)(v >> 8), (byte)v)
            : new MapColor((byte)(v >> 24), (byte)(v >> 16), (byte)(v >> 8), (byte)v);
    }

    /// <summary>The same colour with another alpha.</summary>
    /// <param name="alpha">Alpha, 0–255.</param>
    public MapColor WithAlpha(byte alpha) => this with { A = alpha };
}
