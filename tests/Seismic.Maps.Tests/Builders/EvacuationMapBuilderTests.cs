using Seismic.Maps.Builders;
using Seismic.Maps.Documents;
using Seismic.Maps.Tests.Support;

namespace Seismic.Maps.Tests.Builders;

public sealed class EvacuationMapBuilderTests
{
    private static readonly Engine.District.DistrictModel Model = TestDistrict.Create();

    private static MapDocument Build() =>
        EvacuationMapBuilder.Build(Model, TestEvacuation.Create(Model), [new EvacuationRoute("B2-0", "SH1", TestEvacuation.Route())], night: true);

    private static int Count(MapDocument document, string name) =>
        document.Layers.OfType<PolygonLayer>().Where(l => l.Name == name).Sum(l => l.Geometries.Count)
        + document.Layers.OfType<PointLayer>().Where(l => l.Name == name + "-point").Sum(l => l.Points.Count);

    [Fact]
    public void Build_ClassesBuildingsByTheirWalk_AndMarksTheUnservedAndTheEmpty()
    {
        var document = Build();

        // Columns 0–1 and 9 (2–5 min) · 2–3 (7.5–10) · 4–7 (12.5–20) · 8 (22.5); B9-4 unserved; P1 empty.
        Count(document, "buildings-walk-0").Should().Be(14);
        Count(document, "buildings-walk-1").Should().Be(10);
        Count(document, "buildings-walk-2").Should().Be(20);
        Count(document, "buildings-walk-3").Should().Be(5);
        Count(document, "buildings-walk-4").Should().Be(0);
        Count(document, EvacuationMapBuilder.UnservedLayer).Should().Be(1);
        Count(document, "buildings-empty").Should().Be(1);
        document.Layers.OfType<PolygonLayer>().Single(l => l.Name == EvacuationMapBuilder.UnservedLayer).Style.Fill
            .Should().Be(MapColor.FromHex("#e31a1c"));
    }

    [Fact]
    public void Build_SizesSheltersByCapacity_ColoursThemByLoad_AndDrawsRoutesAboveRoads()
    {
        var document = Build();
        var names = document.Layers.Select(l => l.Name).ToList();

        // SH1: 24,000 places (size class 2), 1,800 persons (load < 50 %); SH2: 1,000 places (size 0), 190 persons.
        var big = document.Layers.OfType<PointLayer>().Single(l => l.Name == "shelters-size2-load0");
        big.Points.Should().ContainSingle();
        big.Style.SizePt.Should().BeGreaterThan(document.Layers.OfType<PointLayer>().Single(l => l.Name == "shelters-size0-load0").Style.SizePt);
        names.Should().NotContain("shelter-markers", "the plain green shelter markers are replaced");
        names.IndexOf(EvacuationMapBuilder.RoutesLayer).Should().BeGreaterThan(names.IndexOf("roads-arterial"));
        document.Layers.OfType<LineLayer>().Single(l => l.Name == EvacuationMapBuilder.RoutesLayer).Geometries.Should().ContainSingle();
        document.Legend.Should().Contain(e => e.Label.Contains("步行", StringComparison.Ordinal) && e.Label.Contains("walk", StringComparison.Ordinal));
        document.Legend.Should().Contain(e => e.Label.StartsWith("避难场所 Shelter 已满", StringComparison.Ordinal));
        document.Title.Should().Contain("疏散").And.Contain("Evacuation");
    }

    [Fact]
    public void Build_ColoursAFullShelterInTheTopLoadClass()
    {
        var result = TestEvacuation.Create(Model);
        var loads = result.ShelterLoads.ToArray();
        loads[1] = result.Problem.Shelters[1].CapacityPersons;

        var document = EvacuationMapBuilder.Build(Model, result with { ShelterLoads = loads }, [], night: false);

        document.Layers.OfType<PointLayer>().Should().Contain(l => l.Name == "shelters-size0-load3");
        document.Subtitle.Should().StartWith("日间 Day");
    }

    [Fact]
    public void Build_DrawsClosedStreetsAboveTheRoutes_WithTheirCountInTheLegend()
    {
        var closed = new[]
        {
            Engine.District.DistrictGeometry.Factory.CreateLineString([new(113.3000, 23.1000), new(113.3010, 23.1000)]),
            Engine.District.DistrictGeometry.Factory.CreateLineString([new(113.3020, 23.1000), new(113.3020, 23.1010)]),
        };

        var document = EvacuationMapBuilder.Build(
            Model, TestEvacuation.Create(Model), [new EvacuationRoute("B2-0", "SH1", TestEvacuation.Route())], night: true, closedStreets: closed);

        var names = document.Layers.Select(l => l.Name).ToList();
        names.IndexOf(EvacuationMapBuilder.ClosedStreetsLayer).Should().BeGreaterThan(names.IndexOf(EvacuationMapBuilder.RoutesLayer));
        document.Layers.OfType<LineLayer>().Single(l => l.Name == EvacuationMapBuilder.ClosedStreetsLayer).Geometries.Should().HaveCount(2);
        document.Legend.Should().ContainSingle(e => e.Label.Contains("Closed street segment (2)"));
        Build().Layers.Should().NotContain(l => l.Name == EvacuationMapBuilder.ClosedStreetsLayer);
    }

    [Fact]
    public void Build_DrawsRestrictedBridgesAfterTheClosedStreets_WithTheirOwnLegendEntry()
    {
        var closed = new[] { Engine.District.DistrictGeometry.Factory.CreateLineString([new(113.3000, 23.1000), new(113.3010, 23.1000)]) };
        var restricted = new[] { Engine.District.DistrictGeometry.Factory.CreateLineString([new(113.3040, 23.1000), new(113.3040, 23.1020)]) };

        var document = EvacuationMapBuilder.Build(
            Model, TestEvacuation.Create(Model), [], night: true, closedStreets: closed, restrictedStreets: restricted);

        var names = document.Layers.Select(l => l.Name).ToList();
        names.IndexOf(EvacuationMapBuilder.RestrictedStreetsLayer).Should().BeGreaterThan(names.IndexOf(EvacuationMapBuilder.ClosedStreetsLayer));
        document.Layers.OfType<LineLayer>().Single(l => l.Name == EvacuationMapBuilder.RestrictedStreetsLayer).Geometries.Should().Equal(restricted);
        var labels = document.Legend.Select(e => e.Label).ToList();
        labels.IndexOf(labels.Single(l => l.Contains("part width open (1)", StringComparison.Ordinal)))
            .Should().Be(labels.FindIndex(l => l.Contains("Closed street segment (1)", StringComparison.Ordinal)) + 1);
    }
}
