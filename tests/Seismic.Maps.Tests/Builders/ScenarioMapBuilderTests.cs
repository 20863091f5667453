using NetTopologySuite.Geometries;
using Seismic.Maps.Builders;
using Seismic.Maps.Documents;
using Seismic.Maps.Tests.Support;

namespace Seismic.Maps.Tests.Builders;

public sealed class ScenarioMapBuilderTests
{
    [Fact]
    public void Damage_PlacesAnEpicentreBeyondTheDistrictInWords()
    {
        var model = TestDistrict.Create();
        var footprints = model.Buildings.Select(b => b.Footprint).ToList();
        var probability = footprints.Select(_ => 0.2).ToList();
        var extent = ScenarioMapBuilder.Damage(model, footprints, probability, "test").Extent;
        var factory = new GeometryFactory();

        // 0.1° of latitude south of the district: 0.1 × 6371 km × π / 180 = 11.1 km.
        var south = factory.CreatePoint(new Coordinate(extent.CenterLon, extent.MinLat - 0.1));
        var inside = factory.CreatePoint(new Coordinate(extent.CenterLon, extent.CenterLat));
        // 0.05° west and 0.05° south of the south-west corner: south-west, √(5.1² + 5.56²) = 7.5 km at 23.07° N.
        var southWest = factory.CreatePoint(new Coordinate(extent.MinLon - 0.05, extent.MinLat - 0.05));

        Label(model, footprints, probability, south).Should().Be("震中 Epicentre：区外南 11 km, 11 km S of the district");
        Label(model, footprints, probability, inside).Should().Be("震中 Epicentre");
        Label(model, footprints, probability, southWest).Should().MatchRegex(@"^震中 Epicentre：区外西南 7\.\d km, 7\.\d km SW of the district$");
        ScenarioMapBuilder.Damage(model, footprints, probability, "test", epicentre: south).Layers
            .OfType<PointLayer>().Single(l => l.Name == "epicentre").Points.Should().ContainSingle();
    }

    private static string Label(Engine.District.DistrictModel model, List<Geometry> footprints, List<double> probability, Point epicentre) =>
        ScenarioMapBuilder.Damage(model, footprints, probability, "test", epicentre: epicentre).Legend
            .Single(e => e.Label.StartsWith("震中", StringComparison.Ordinal)).Label;
}
