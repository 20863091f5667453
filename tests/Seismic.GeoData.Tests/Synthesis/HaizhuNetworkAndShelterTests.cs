using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Index.Strtree;
using Seismic.Engine.District;

namespace Seismic.GeoData.Tests.Synthesis;

[Collection(HaizhuModelGroup.Name)]
public sealed class HaizhuNetworkAndShelterTests(HaizhuModelFixture fixture)
{
    private static readonly string[] Bridges =
        ["海珠桥", "人民桥", "解放大桥", "江湾大桥", "海印大桥", "广州大桥", "猎德大桥", "琶洲大桥", "鹤洞大桥", "海心桥"];

    private static readonly string[] Tunnels = ["洲头咀隧道", "海珠湾隧道", "会展西路隧道"];

    private readonly DistrictModel _m = fixture.Model;

    [Fact]
    public void Crossings_AreNamedBridgesAndTunnels_ThatLeaveTheIsland()
    {
        IPreparedGeometry outline = PreparedGeometryFactory.Prepare(_m.Boundary.Geometry);
        foreach (string name in Bridges.Concat(Tunnels))
        {
            Road r = _m.Roads.Single(x => x.Name == name);
            bool tunnel = Tunnels.Contains(name);
            r.Structure.Should().Be(tunnel ? RoadStructure.Tunnel : RoadStructure.Bridge, name);
            r.Layer.Should().Be(tunnel ? -1 : 1, name);
            outline.Covers(r.Geometry.StartPoint).Should().BeTrue($"{name} starts on the island");
            outline.Covers(r.Geometry.EndPoint).Should().BeFalse($"{name} ends across the river");
            double beyondM = r.Geometry.EndPoint.Distance(_m.Boundary.Geometry) * HaizhuModelFixture.MetresPerDegree.Lon;
            beyondM.Should().BeInRange(250, 850, $"{name} runs 300–800 m past the bank");
        }
    }

    [Fact]
    public void Crossings_CarryTheRightTraffic()
    {
        Road haixin = _m.Roads.Single(x => x.Name == "海心桥");
        haixin.Class.Should().Be(RoadClass.Footway);
        haixin.PedestrianAccess.Should().BeTrue();
        _m.Roads.Where(x => Tunnels.Contains(x.Name)).Should().OnlyContain(x => !x.PedestrianAccess);
        _m.Roads.Where(x => x.Class == RoadClass.Motorway).Should().OnlyContain(x => !x.PedestrianAccess);
        _m.Roads.Single(x => x.Name == "海珠桥").PedestrianAccess.Should().BeTrue();
    }

    [Fact]
    public void Roads_IncludeNamedArterials_AGridOfStreets_AndVillageAlleys()
    {
        foreach (string name in new[] { "江南大道", "新港路", "昌岗路", "宝岗大道", "东晓路", "广州大道南", "工业大道", "滨江路" })
        {
            _m.Roads.Should().Contain(r => r.Name == name && (r.Class == RoadClass.Primary || r.Class == RoadClass.Secondary), name);
        }

        _m.Roads.Count(r => r.Class == RoadClass.Residential).Should().BeGreaterThan(1000);
        var alleys = _m.Roads.Where(r => r.Class == RoadClass.Alley).ToList();
        alleys.Count.Should().BeGreaterThan(200);
        alleys.Should().OnlyContain(r => r.WidthM >= 1.5 && r.WidthM <= 3);
        _m.Roads.Select(r => r.Id).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void AtGradeRoads_LieInsideTheOutline_AndMeetAtSharedNodes()
    {
        IPreparedGeometry outline = PreparedGeometryFactory.Prepare(_m.Boundary.Geometry.Buffer(1e-7));
        var endpoints = new Dictionary<(double, double), int>();
        foreach (Road r in _m.Roads.Where(r => r.Structure == RoadStructure.None))
        {
            outline.Covers(r.Geometry).Should().BeTrue($"road {r.Id}");
            foreach (Point p in new[] { r.Geometry.StartPoint, r.Geometry.EndPoint })
            {
                endpoints[(p.X, p.Y)] = endpoints.GetValueOrDefault((p.X, p.Y)) + 1;
            }
        }

        // Alleys end on the grid roads of their block: their ends are shared nodes, not dangling.
        foreach (Road a in _m.Roads.Where(r => r.Class == RoadClass.Alley))
        {
            endpoints[(a.Geometry.StartPoint.X, a.Geometry.StartPoint.Y)].Should().BeGreaterThan(1);
            endpoints[(a.Geometry.EndPoint.X, a.Geometry.EndPoint.Y)].Should().BeGreaterThan(1);
        }
    }

    [Fact]
    public void Shelters_NumberAtLeast40_IncludingTheNamedParks()
    {
        _m.Shelters.Count.Should().BeGreaterThanOrEqualTo(40);
        _m.Shelters.Select(s => s.Id).Should().OnlyHaveUniqueItems();
        _m.Shelters.Select(s => s.Name).Should().OnlyHaveUniqueItems();
        foreach (string name in new[] { "晓港公园", "海珠湖公园", "海珠国家湿地公园", "中山大学南校园" })
        {
            _m.Shelters.Should().Contain(s => s.Name == name);
        }

        Shelter xiaogang = _m.Shelters.Single(s => s.Name == "晓港公园");
        xiaogang.NameEn.Should().Be("Xiaogang Park");
        xiaogang.Category.Should().Be(ShelterCategory.Fixed);
        xiaogang.Entrances.Should().HaveCount(4);
        xiaogang.Entrances.Should().OnlyContain(p => p.Distance(xiaogang.Geometry) < 1e-9);
        Point centre = xiaogang.Geometry.Centroid;
        centre.X.Should().BeApproximately(113.277, 0.004);
        centre.Y.Should().BeApproximately(23.093, 0.004);
        Shelter wetland = _m.Shelters.Single(s => s.Name == "海珠国家湿地公园");
        wetland.Category.Should().Be(ShelterCategory.ClassI);
        _m.Shelters.Where(s => s.SiteType == "school").Should().OnlyContain(s => s.Category == ShelterCategory.Immediate);
        _m.Shelters.Where(s => s.SiteType == "square").Should().OnlyContain(s => s.Category == ShelterCategory.ClassIII);
    }

    [Fact]
    public void Shelters_HaveCapacityFromUsableAreaAtOnePointFiveSquareMetres()
    {
        foreach (Shelter s in _m.Shelters)
        {
            s.CapacityPersons.Should().Be((int)Math.Floor(s.UsableAreaM2 / 1.5), s.Name);
            double siteM2 = HaizhuModelFixture.AreaM2(s.Geometry);
            s.UsableAreaM2.Should().BeGreaterThan(0).And.BeLessThanOrEqualTo(siteM2 * 1.01, s.Name);
            double share = s.SiteType switch { "school" => 0.8, "square" => 0.7, "campus" => 0.7, _ => double.NaN };
            if (!double.IsNaN(share))
            {
                s.UsableAreaM2.Should().BeApproximately(siteM2 * share, siteM2 * share * 0.01 + 1, s.Name);
            }
        }
    }

    [Fact]
    public void Shelters_DoNotOverlapBuildings_AndLieInsideTheDistrict()
    {
        var tree = new STRtree<Building>();
        foreach (Building b in _m.Buildings)
        {
            tree.Insert(b.Footprint.EnvelopeInternal, b);
        }

        IPreparedGeometry outline = PreparedGeometryFactory.Prepare(_m.Boundary.Geometry.Buffer(1e-7));
        foreach (Shelter s in _m.Shelters)
        {
            outline.Covers(s.Geometry).Should().BeTrue(s.Name);
            IPreparedGeometry site = PreparedGeometryFactory.Prepare(s.Geometry);
            foreach (Building b in tree.Query(s.Geometry.EnvelopeInternal))
            {
                if (site.Intersects(b.Footprint))
                {
                    s.Geometry.Intersection(b.Footprint).Area.Should().BeLessThan(1e-12, $"{s.Name} overlaps {b.Id}");
                }
            }
        }
    }
}
