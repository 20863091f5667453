using Seismic.Maps.Documents;
using SkiaSharp;

namespace Seismic.Maps.Tests.Support;

internal static class Png
{
    public static SKBitmap Decode(byte[] png) =>
        SKBitmap.Decode(png) ?? throw new InvalidOperationException("not a decodable image");

    public static bool Near(SKColor pixel, MapColor expected, int tolerance) =>
        Math.Abs(pixel.Red - expected.R) <= tolerance
        && Math.Abs(pixel.Green - expected.G) <= tolerance
        && Math.Abs(pixel.Blue - expected.B) <= tolerance;
}
