using Seismic.GeoData.Osm;

namespace Seismic.GeoData.Tests.Osm;

public sealed class OsmTagValuesTests
{
    [Theory]
    [InlineData("5", 5.0)]
    [InlineData("5 m", 5.0)]
    [InlineData("5.5m", 5.5)]
    [InlineData(" 12.25 metres ", 12.25)]
    public void TryParseMetres_ReadsNumberWithOptionalUnit(string text, double expected)
    {
        OsmTagValues.TryParseMetres(text, 200, out var metres).Should().BeTrue();
        metres.Should().BeApproximately(expected, 1e-12);
    }

    [Theory]
    [InlineData("wide")]
    [InlineData("5,5")]
    [InlineData("16'")]
    [InlineData("3-4")]
    [InlineData("-2")]
    [InlineData("0")]
    [InlineData("500")]
    [InlineData("m")]
    [InlineData(null)]
    public void TryParseMetres_RejectsGarbage(string? text)
    {
        OsmTagValues.TryParseMetres(text, 200, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("1995", 1995)]
    [InlineData("1995-05-01", 1995)]
    [InlineData("~1930", 1930)]
    public void ParseYear_ReadsLeadingYear(string text, int expected)
    {
        OsmTagValues.ParseYear(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("1920s")]
    [InlineData("C19")]
    [InlineData("95")]
    [InlineData("0950")]
    public void ParseYear_ReturnsNull_WhenNotAYear(string text)
    {
        OsmTagValues.ParseYear(text).Should().BeNull();
    }
}
