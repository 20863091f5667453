using Seismic.Maps.Builders;
using Seismic.Maps.Documents;
using Seismic.Maps.Tests.Support;

namespace Seismic.Maps.Tests.Builders;

public sealed class EmergencyCardBuilderTests
{
    private static readonly Engine.District.DistrictModel Model = TestDistrict.Create();

    [Fact]
    public void Build_WordsTheShelterWalkAndNumbers_InChineseWithEnglish()
    {
        var card = EmergencyCardBuilder.Build(Model, TestEvacuation.BuildingCard(Model));

        card.Id.Should().Be("B2-0");
        card.Subject.Should().Contain("乙社区").And.Contain("B2-0");
        card.Sections.Select(s => s.Heading).Should().Contain(["避难场所", "步行路线", "集合点", "随身携带", "应急电话", "社区"]);
        card.Sections.Should().OnlyContain(s => s.HeadingEn.Length > 0 && s.Lines.All(l => l.English.Length > 0), "every line has an English line");
        var lines = card.Sections.SelectMany(s => s.Lines).ToList();
        lines.Should().Contain(l => l.Text == "晓港公园");
        // 1,650 m, 1,500 s → 25 min; at 0.8 m/s 2,062.5 s → 35 min (rounded up).
        lines.Should().Contain(l => l.Text == "步行 1.7 公里，约 25 分钟");
        lines.Should().Contain(l => l.Text.StartsWith("老人、行动不便者约 35 分钟", StringComparison.Ordinal));
        lines.Should().Contain(l => l.Text == "途经：江南大道中 → 青凤路");
        lines.Select(l => l.Text).Should().Contain(["110 报警", "119 火警", "120 急救", "12322 防震减灾热线"]);
        string.Concat(lines.Select(l => l.Text)).Should().Contain("哨子").And.Contain("手电筒").And.Contain("饮用水").And.Contain("证件").And.Contain("保暖衣物");
        card.Warning.Should().BeEmpty();
    }

    [Fact]
    public void Build_WarnsAndDrawsNoRoute_WhenNobodyHasAPlace()
    {
        var facts = TestEvacuation.BuildingCard(Model) with { Shelter = null, Route = null, UnservedPersons = 40 };

        var card = EmergencyCardBuilder.Build(Model, facts);

        card.Warning.Should().Contain("40").And.Contain("no shelter place");
        card.RouteMap.Layers.Select(l => l.Name).Should().NotContain("route");
        card.Sections[0].Lines.Should().ContainSingle().Which.Text.Should().Contain("暂无");
    }

    [Fact]
    public void Build_NamesAnUnnamedSiteByItsId()
    {
        // An OpenStreetMap park often has no name: the card must not open its shelter section with a blank line.
        var facts = TestEvacuation.BuildingCard(Model);
        facts = facts with { Shelter = facts.Shelter! with { Name = string.Empty, NameEn = string.Empty } };

        var card = EmergencyCardBuilder.Build(Model, facts);

        var first = card.Sections[0].Lines[0];
        first.Text.Should().Be("未命名场地 " + facts.Shelter!.Id);
        first.English.Should().StartWith("Unnamed site " + facts.Shelter.Id);
    }

    [Fact]
    public void Build_FramesTheWholeRoute_AndKeepsOnlyNearbyBuildings()
    {
        var card = EmergencyCardBuilder.Build(Model, TestEvacuation.BuildingCard(Model));
        var extent = card.RouteMap.Extent;
        var route = TestEvacuation.Route().EnvelopeInternal;

        extent.MinLon.Should().BeLessThanOrEqualTo(route.MinX);
        extent.MaxLon.Should().BeGreaterThanOrEqualTo(route.MaxX);
        extent.MinLat.Should().BeLessThanOrEqualTo(route.MinY);
        extent.MaxLat.Should().BeGreaterThanOrEqualTo(route.MaxY);
        card.RouteMap.Layers.OfType<PolygonLayer>().Single(l => l.Name == "buildings").Geometries.Count
            .Should().BeLessThanOrEqualTo(Model.Buildings.Count);
        card.RouteMap.Layers.OfType<LabelLayer>().Should().Contain(l => l.Labels.Any(x => x.Text == "起点 Start"));
    }
}
