using Seismic.GeoData.Osm;

namespace Seismic.GeoData.Tests.Osm;

public sealed class OsmNodeIndexTests
{
    [Fact]
    public void TryGet_FindsNodes_AddedOutOfOrder()
    {
        var index = new OsmNodeIndex();
        index.Add(30, 113.3, 23.3);
        index.Add(10, 113.1, 23.1);
        index.Add(20, 113.2, 23.2);
        index.Seal();

        index.TryGet(10, out var lon, out var lat).Should().BeTrue();
        lon.Should().BeApproximately(113.1, 1e-12);
        lat.Should().BeApproximately(23.1, 1e-12);
        index.TryGet(30, out lon, out _).Should().BeTrue();
        lon.Should().BeApproximately(113.3, 1e-12);
        index.TryGet(15, out _, out _).Should().BeFalse();
    }

    [Fact]
    public void Seal_KeepsLastCoordinates_WhenIdRepeats()
    {
        var index = new OsmNodeIndex();
        index.Add(5, 113.0, 23.0);
        index.Add(7, 113.7, 23.7);
        index.Add(5, 113.5, 23.5);
        index.Seal();

        index.Count.Should().Be(2);
        index.TryGet(5, out var lon, out var lat).Should().BeTrue();
        lon.Should().BeApproximately(113.5, 1e-12);
        lat.Should().BeApproximately(23.5, 1e-12);
    }

    [Fact]
    public void TryGet_FindsEveryNode_AfterArraysGrow()
    {
        var index = new OsmNodeIndex();
        for (var id = 1L; id <= 5_000; id++)
        {
            index.Add(id * 3, id, -id);
        }

        index.Seal();

        index.Count.Should().Be(5_000);
        index.TryGet(4_999 * 3, out var lon, out var lat).Should().BeTrue();
        lon.Should().Be(4_999);
        lat.Should().Be(-4_999);
        index.TryGet(4, out _, out _).Should().BeFalse();
    }
}
