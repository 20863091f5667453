using Seismic.Maps.Builders;
using Seismic.Maps.Documents;
using Seismic.Maps.Tests.Support;

namespace Seismic.Maps.Tests.Builders;

public sealed class DistrictMapBuilderTests
{
    private static T Layer<T>(MapDocument document, string name) where T : MapLayer =>
        document.Layers.OfType<T>().Single(l => l.Name == name);

    [Fact]
    public void Build_TitlesMapWithChineseAndEnglishName()
    {
        var document = DistrictMapBuilder.Build(TestDistrict.Create());

        document.Title.Should().Be("海珠区 Haizhu District");
    }

    [Fact]
    public void Build_FramesTheBoundaryEnvelope()
    {
        var document = DistrictMapBuilder.Build(TestDistrict.Create());

        document.Extent.Should().Be(new MapExtent(TestDistrict.West, TestDistrict.South, TestDistrict.East, TestDistrict.North));
    }

    [Fact]
    public void Build_LabelsEveryStreetWithItsChineseName_InsideTheStreet()
    {
        var model = TestDistrict.Create();

        var labels = Layer<LabelLayer>(DistrictMapBuilder.Build(model), "street-names").Labels;

        labels.Select(l => l.Text).Should().Equal("江南中街道", "素社街道", "龙凤街道");
        for (var i = 0; i < labels.Count; i++)
        {
            var point = model.Streets[i].Geometry.Factory.CreatePoint(new NetTopologySuite.Geometries.Coordinate(labels[i].Lon, labels[i].Lat));
            model.Streets[i].Geometry.Contains(point).Should().BeTrue();
        }
    }

    [Fact]
    public void Build_LabelsOnlySheltersAtOrAboveCapacityThreshold()
    {
        var model = TestDistrict.Create();

        var standard = Layer<LabelLayer>(DistrictMapBuilder.Build(model), "shelter-names").Labels;
        var lowered = Layer<LabelLayer>(DistrictMapBuilder.Build(model, new MapOptions { ShelterLabelMinCapacity = 1_000 }), "shelter-names").Labels;

        standard.Select(l => l.Text).Should().Equal("晓港公园");
        lowered.Select(l => l.Text).Should().BeEquivalentTo("晓港公园", "小广场");
        Layer<PointLayer>(DistrictMapBuilder.Build(model), "shelter-markers").Points.Should().HaveCount(2, "every shelter gets a marker");
    }

    [Fact]
    public void Build_SeparatesBridgesAndTunnelsFromOrdinaryRoads_AndLabelsBridgeOnce()
    {
        var model = TestDistrict.Create();
        var bridge = model.Roads.Single(r => r.Structure == Seismic.Engine.District.RoadStructure.Bridge);
        var split = model with { Roads = [.. model.Roads, bridge with { Id = 99 }] };

        var document = DistrictMapBuilder.Build(split);

        Layer<LineLayer>(document, DistrictMapLayers.Bridges).Geometries.Should().HaveCount(2);
        Layer<LineLayer>(document, DistrictMapLayers.Tunnels).Geometries.Should().ContainSingle();
        Layer<LineLayer>(document, DistrictMapLayers.Tunnels).Style.DashPt.Should().NotBeNullOrEmpty();
        Layer<LineLayer>(document, "roads-arterial").Geometries.Should().ContainSingle();
        Layer<LabelLayer>(document, "bridge-names").Labels.Should().ContainSingle().Which.Text.Should().Be(TestDistrict.BridgeName);
    }

    [Fact]
    public void Build_SplitsBuildingsByUse_AndKeepsPointBuildingsAsMarkers()
    {
        var document = DistrictMapBuilder.Build(TestDistrict.Create());

        Layer<PolygonLayer>(document, DistrictMapLayers.ResidentialBuildings).Geometries.Should().HaveCount(30);
        Layer<PolygonLayer>(document, DistrictMapLayers.OtherBuildings).Geometries.Should().HaveCount(20);
        Layer<PointLayer>(document, "buildings-point").Points.Should().ContainSingle();
    }

    [Fact]
    public void Build_ListsOnlyPresentLayersInLegend()
    {
        var model = TestDistrict.Create() with { AssemblyPoints = [] };

        var legend = DistrictMapBuilder.Build(model).Legend.Select(e => e.Label).ToList();

        legend.Should().Contain("桥梁 Bridge").And.Contain("隧道 Tunnel").And.Contain("应急避难场所 Emergency shelter");
        legend.Should().NotContain(l => l.StartsWith("集合点", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_CreditsOpenStreetMap_WhenDataComeFromOsm()
    {
        var osm = DistrictMapBuilder.Build(TestDistrict.Create(source: "osm"));
        var synthetic = DistrictMapBuilder.Build(TestDistrict.Create());

        osm.Attribution.Should().Contain("© OpenStreetMap contributors");
        synthetic.Attribution.Should().NotContain("OpenStreetMap").And.Contain("seed 7");
    }

    [Fact]
    public void Build_PaintsOutsideInWaterColour_ForHaizhuOrWhenAsked()
    {
        var water = DistrictMapBuilder.Build(TestDistrict.Create());
        var dry = DistrictMapBuilder.Build(TestDistrict.Create(), new MapOptions { OutsideIsWater = false });

        water.Background.Should().NotBe(dry.Background);
        ((int)water.Background.B).Should().BeGreaterThan(water.Background.R + 40, "water is blue");
        water.Legend.Should().Contain(e => e.Label.Contains("Pearl River", StringComparison.Ordinal));
        dry.Legend.Should().NotContain(e => e.Label.Contains("Pearl River", StringComparison.Ordinal));

        // Another district (an OpenStreetMap extract's box, with land around it) is dry unless asked.
        var other = TestDistrict.Create(source: "osm");
        other = other with { Info = other.Info with { Code = string.Empty } };
        var osm = DistrictMapBuilder.Build(other);
        osm.Background.Should().Be(dry.Background);
        osm.Legend.Should().NotContain(e => e.Label.Contains("Pearl River", StringComparison.Ordinal));
        DistrictMapBuilder.Build(other, new MapOptions { OutsideIsWater = true }).Background.Should().Be(water.Background);
    }

    [Theory]
    [InlineData("海珠区", "Haizhu District", "海珠区 Haizhu District")]
    [InlineData("monaco", "monaco", "monaco")]
    [InlineData("Prague", "prague ", "Prague")]
    [InlineData("海珠区", "", "海珠区")]
    public void DistrictName_SaysEachNameOnce(string name, string nameEn, string expected)
    {
        var info = new Engine.District.DistrictInfo(name, nameEn, string.Empty, "osm", "test", null);

        info.DisplayName.Should().Be(expected);
        DistrictMapBuilder.Build(TestDistrict.Create() with { Info = info }).Title.Should().Be(expected);
    }
}
