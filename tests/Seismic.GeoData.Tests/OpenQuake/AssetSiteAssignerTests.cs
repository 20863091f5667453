using Seismic.GeoData.OpenQuake;

namespace Seismic.GeoData.Tests.OpenQuake;

public class AssetSiteAssignerTests
{
    private static ExposureAsset Asset(string id, double lon, double lat) =>
        new(id, "RC", 1, lon, lat, new Dictionary<string, double>(), new Dictionary<string, double>(), new Dictionary<string, string>(), id);

    [Fact]
    public void ChordKm_OfOneDegreeOfLatitude_Is2RSinHalfDegree()
    {
        // 2 · 6371 · sin(0.5°) = 111.1932 km (the arc would be 111.1949 km).
        AssetSiteAssigner.ChordKm(113.3, 23.0, 113.3, 24.0).Should().BeApproximately(2 * 6371 * Math.Sin(Math.PI / 360), 1e-9);
    }

    [Fact]
    public void Assign_PicksNearestSite_AndReportsAssetsBeyondTheDistance()
    {
        HazardSite[] sites = [new(0, 113.30, 23.10), new(1, 113.32, 23.10), new(2, 113.30, 23.30)];
        ExposureAsset[] assets = [Asset("near1", 113.318, 23.101), Asset("near0", 113.301, 23.099), Asset("far", 114.5, 23.1)];

        var result = AssetSiteAssigner.Assign(assets, sites, 20);

        result.SiteIndices.Should().Equal(1, 0, -1);
        var far = result.Unassigned.Should().ContainSingle().Subject;
        far.AssetId.Should().Be("far");
        // ~122.7 km east of site 1 at 23.1° N.
        far.NearestSiteKm.Should().BeApproximately(AssetSiteAssigner.ChordKm(114.5, 23.1, 113.32, 23.1), 1e-9);
        far.NearestSiteKm.Should().BeGreaterThan(20);
    }

    [Fact]
    public void Assign_UsesLatitudeBand_WithoutMissingASiteJustInside()
    {
        // A site 19.9 km due north must be found even though it lies outside a naive 0.17° band around the asset.
        var northKm = 19.9;
        var dLat = 2 * Math.Asin(northKm / (2 * 6371.0)) * 180 / Math.PI;
        HazardSite[] sites = [new(5, 113.3, 23.1 + dLat)];
        var result = AssetSiteAssigner.Assign([Asset("a", 113.3, 23.1)], sites, 20);
        result.SiteIndices.Should().Equal(0);
        result.Unassigned.Should().BeEmpty();
    }
}
