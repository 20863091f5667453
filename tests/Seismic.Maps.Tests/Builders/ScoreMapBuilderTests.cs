using NetTopologySuite.Geometries;
using Seismic.Engine.Vulnerability.Scoring;
using Seismic.Maps.Builders;
using Seismic.Maps.Documents;
using Seismic.Maps.Tests.Support;

namespace Seismic.Maps.Tests.Builders;

public sealed class ScoreMapBuilderTests
{
    [Fact]
    public void Build_PutsEachBuildingInTheLayerOfItsGrade_BetweenCommunitiesAndRoads()
    {
        var model = TestDistrict.Create();
        var footprints = model.Buildings.Select(b => b.Footprint).ToList();
        var grades = footprints.Select((_, i) => (ResilienceGrade)(i % 4)).ToList();

        var document = ScoreMapBuilder.Build(model, footprints, grades);

        var names = document.Layers.Select(l => l.Name).ToList();
        for (var g = 0; g < 4; g++)
        {
            var name = "buildings-grade-" + (char)('a' + g);
            var polygons = document.Layers.OfType<PolygonLayer>().Single(l => l.Name == name);
            var points = document.Layers.OfType<PointLayer>().Single(l => l.Name == name + "-point");
            (polygons.Geometries.Count + points.Points.Count).Should().Be(grades.Count(x => (int)x == g));
            polygons.Style.Fill.Should().Be(ScoreMapBuilder.GradeColors[g]);
            names.IndexOf(name).Should().BeGreaterThan(names.IndexOf("communities")).And.BeLessThan(names.IndexOf("roads-arterial"));
        }

        names.Should().NotContain(DistrictMapLayers.ResidentialBuildings, "the grade layers replace the use colouring");
        document.Legend.Take(4).Select(e => e.Label[0]).Should().Equal('A', 'B', 'C', 'D');
        document.Legend.Should().Contain(e => e.Label.StartsWith("区界", StringComparison.Ordinal), "the base legend follows");
    }

    [Fact]
    public void Build_RejectsGradesThatDoNotMatchTheFootprints()
    {
        var model = TestDistrict.Create();
        var act = () => ScoreMapBuilder.Build(model, [model.Buildings[0].Footprint], []);

        act.Should().Throw<ArgumentException>();
    }
}
