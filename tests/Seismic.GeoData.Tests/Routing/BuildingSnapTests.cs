using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Implementation;
using Seismic.Engine.District;
using Seismic.Engine.Routing;
using Seismic.GeoData.Routing;
using Seismic.GeoData.Synthesis;

namespace Seismic.GeoData.Tests.Routing;

public sealed class BuildingSnapTests
{
    private static GeometryFactory F => DistrictGeometry.Factory;

    [Fact]
    public void SnapBuildings_OnSeveralThreads_AgreesExactlyWithOneByOne()
    {
        var model = DistrictSynthesizer.Synthesize(new SynthesisOptions(BuildingCount: 20_000, Seed: 5));
        var network = PedestrianNetwork.FromDistrict(model);
        var sequential = new EdgeLocation[model.Buildings.Count];
        var parallel = new EdgeLocation[model.Buildings.Count];

        network.SnapBuildings(model.Buildings, sequential, parallelism: 1);
        network.SnapBuildings(model.Buildings, parallel, parallelism: 4);

        parallel.Should().Equal(sequential);
        network.SnapBuildings(model.Buildings).Should().Equal(sequential);
    }

    [Fact]
    public void SnapBuildings_SnapsFromTheNtsCentroid_ToTheLastBit()
    {
        var model = DistrictSynthesizer.Synthesize(new SynthesisOptions(BuildingCount: 3_000, Seed: 6));
        var network = PedestrianNetwork.FromDistrict(model);
        var extra = new[] { LShape(113.2801, 23.0902, clockwise: false), LShape(113.2953, 23.0987, clockwise: true) };
        var buildings = model.Buildings.Concat(extra.Select((footprint, i) => model.Buildings[i] with { Footprint = footprint })).ToList();

        var locations = network.SnapBuildings(buildings);

        for (var i = 0; i < buildings.Count; i++)
        {
            var centroid = buildings[i].Footprint.Centroid;
            locations[i].Should().Be(network.Snap(centroid.X, centroid.Y), "building {0} ({1})", i, buildings[i].Id);
        }
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void FootprintCentre_EqualsNtsCentroidBitwise_ForLShapes(bool clockwise, bool packed)
    {
        var footprint = LShape(113.31234567, 23.10987654, clockwise, packed);

        var (x, y) = FootprintCentre.Of(footprint);

        x.Should().Be(footprint.Centroid.X);
        y.Should().Be(footprint.Centroid.Y);
        x.Should().NotBe(footprint.EnvelopeInternal.Centre.X, "an L-shape's centroid is off its envelope's centre");
    }

    [Fact]
    public void FootprintCentre_FallsBackToNts_ForHolesPartsAndDegenerateRings()
    {
        var withHole = F.CreatePolygon(Ring((0, 0), (0.001, 0), (0.001, 0.001), (0, 0.001)),
            [Ring((0.0002, 0.0002), (0.0002, 0.0005), (0.0005, 0.0005), (0.0005, 0.0002))]);
        var parts = F.CreateMultiPolygon([LShape(113.3, 23.1, false), LShape(113.301, 23.1005, true)]);
        var flat = F.CreatePolygon(Ring((113.3, 23.1), (113.301, 23.1), (113.302, 23.1)));

        foreach (var footprint in new Geometry[] { withHole, parts, flat })
        {
            var (x, y) = FootprintCentre.Of(footprint);
            x.Should().Be(footprint.Centroid.X, footprint.GeometryType);
            y.Should().Be(footprint.Centroid.Y, footprint.GeometryType);
        }
    }

    [Fact]
    public void FootprintCentre_IsThePoint_ForPointsAndNaN_WhenEmpty()
    {
        FootprintCentre.Of(F.CreatePoint(new Coordinate(113.3, 23.1))).Should().Be((113.3, 23.1));
        double.IsNaN(FootprintCentre.Of(F.CreatePolygon()).X).Should().BeTrue();
    }

    // An L-shaped block of about 30 m × 20 m whose centroid is not its envelope's centre.
    private static Polygon LShape(double lon, double lat, bool clockwise, bool packed = false)
    {
        const double W = 0.0003, H = 0.0002;
        (double, double)[] ccw =
        [
            (lon, lat), (lon + W, lat), (lon + W, lat + (H / 3)), (lon + (W / 3), lat + (H / 3)), (lon + (W / 3), lat + H),
            (lon, lat + H), (lon, lat),
        ];
        if (clockwise)
        {
            Array.Reverse(ccw);
        }

        if (!packed)
        {
            return F.CreatePolygon(Ring(ccw));
        }

        var ordinates = new double[ccw.Length * 2];
        for (var i = 0; i < ccw.Length; i++)
        {
            (ordinates[2 * i], ordinates[(2 * i) + 1]) = ccw[i];
        }

        return F.CreatePolygon(F.CreateLinearRing(new PackedDoubleCoordinateSequence(ordinates, 2, 0)));
    }

    private static LinearRing Ring(params (double X, double Y)[] points)
    {
        var coordinates = points.Select(p => new Coordinate(p.X, p.Y)).ToList();
        if (!coordinates[0].Equals2D(coordinates[^1]))
        {
            coordinates.Add(coordinates[0].Copy());
        }

        return F.CreateLinearRing([.. coordinates]);
    }
}
