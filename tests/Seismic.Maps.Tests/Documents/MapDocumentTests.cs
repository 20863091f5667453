using Seismic.Maps.Documents;
using Seismic.Maps.Skia;

namespace Seismic.Maps.Tests.Documents;

public sealed class MapDocumentTests
{
    private static readonly MapDocument Valid = new(
        "t", "", new MapExtent(113, 23, 113.1, 23.1), [], [], "", 800, 600, 96);

    [Fact]
    public void Px_ConvertsPointsAtDocumentResolution()
    {
        (Valid with { Dpi = 144 }).Px(10).Should().BeApproximately(20f, 1e-5f);
    }

    [Theory]
    [InlineData(0, 600, 96)]
    [InlineData(800, 20000, 96)]
    [InlineData(800, 600, 10)]
    public void Validate_Throws_WhenSizeOrResolutionOutOfRange(int width, int height, double dpi)
    {
        var act = () => (Valid with { WidthPx = width, HeightPx = height, Dpi = dpi }).Validate();

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Validate_Throws_WhenExtentIsInverted()
    {
        var act = () => (Valid with { Extent = new MapExtent(113.1, 23, 113, 23.1) }).Validate();

        act.Should().Throw<ArgumentException>().WithMessage("*not a non-empty WGS84 rectangle*");
    }

    [Theory]
    [InlineData("#b5d3e7", 0xb5, 0xd3, 0xe7, 0xff)]
    [InlineData("#ffffff80", 0xff, 0xff, 0xff, 0x80)]
    public void FromHex_ParsesRgbAndRgba(string hex, int r, int g, int b, int a)
    {
        MapColor.FromHex(hex).Should().Be(new MapColor((byte)r, (byte)g, (byte)b, (byte)a));
    }

    [Theory]
    [InlineData("b5d3e7")]
    [InlineData("#b5d3e")]
    [InlineData("#gg0000")]
    public void FromHex_Throws_WhenNotHexColour(string hex)
    {
        var act = () => MapColor.FromHex(hex);

        act.Should().Throw<FormatException>();
    }

    // The CRC of the IEND chunk type with no data is fixed by the PNG format: every PNG ends with AE 42 60 82.
    [Fact]
    public void PngCrc_MatchesTheWellKnownIendChecksum()
    {
        PngDensity.Crc32("IEND"u8).Should().Be(0xAE426082u);
    }
}
