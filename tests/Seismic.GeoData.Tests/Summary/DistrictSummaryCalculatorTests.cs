using System.Text.Json;
using Seismic.Engine.District;
using Seismic.GeoData.Summary;
using Seismic.GeoData.Tests.Fixtures;

namespace Seismic.GeoData.Tests.Summary;

public class DistrictSummaryCalculatorTests
{
    private readonly DistrictModel _model = SampleDistrict.Create();

    [Fact]
    public void Compute_CountsEveryLayer()
    {
        var summary = DistrictSummaryCalculator.Compute(_model);

        summary.Name.Should().Be(_model.Info.Name);
        summary.Streets.Should().Be(_model.Streets.Count);
        summary.Communities.Should().Be(_model.Communities.Count);
        summary.Roads.Should().Be(_model.Roads.Count);
        summary.Buildings.Should().Be(_model.Buildings.Count);
        summary.Shelters.Should().Be(_model.Shelters.Count);
        summary.ShelterEntrances.Should().Be(_model.Shelters.Sum(s => s.Entrances.Count));
        summary.AssemblyPoints.Should().Be(_model.AssemblyPoints.Count);
        summary.Bridges.Should().Be(1);
        summary.Tunnels.Should().Be(1);
    }

    [Fact]
    public void Compute_SumsOccupantsFloorAreaAndShelterCapacity()
    {
        var summary = DistrictSummaryCalculator.Compute(_model);

        summary.PopulationDay.Should().Be(_model.Buildings.Sum(b => (long)b.OccupantsDay));
        summary.PopulationNight.Should().Be(_model.Buildings.Sum(b => (long)b.OccupantsNight));
        summary.FloorAreaM2.Should().BeApproximately(2450.75 + 8800 + 41000.5 + 20, 1e-9);
        summary.BuildingsWithoutFloorArea.Should().Be(1);
        summary.ShelterCapacity.Should().Be(_model.Shelters.Sum(s => (long)s.CapacityPersons));
        summary.SheltersByCategory.Should().Equal(
            new ShelterCategorySummary("class_i", 1, 30000, 45000),
            new ShelterCategorySummary("immediate", 1, 1200, 1800.5));
    }

    [Fact]
    public void Compute_MeasuresAreasAgainstTheEllipsoid()
    {
        var summary = DistrictSummaryCalculator.Compute(_model);

        // Graticule rectangles: closed-form ellipsoidal areas, 0.01 % tolerance.
        var district = Geodesy.GraticuleAreaM2(SampleDistrict.West, SampleDistrict.South, SampleDistrict.East,
            SampleDistrict.North) / 1e6;
        summary.AreaKm2.Should().BeApproximately(district, district * 1e-4);
        var west = Geodesy.GraticuleAreaM2(SampleDistrict.West, SampleDistrict.South, SampleDistrict.StreetDivide,
            SampleDistrict.North) / 1e6;
        var east = (Geodesy.GraticuleAreaM2(SampleDistrict.StreetDivide, SampleDistrict.South, SampleDistrict.East,
                        SampleDistrict.RiverSouth)
                    + Geodesy.GraticuleAreaM2(SampleDistrict.StreetDivide, SampleDistrict.RiverNorth, SampleDistrict.East,
                        SampleDistrict.North)) / 1e6;
        summary.StreetRows[0].AreaKm2.Should().BeApproximately(west, west * 1e-4);
        summary.StreetRows[1].AreaKm2.Should().BeApproximately(east, east * 1e-4, "the MultiPolygon's parts add up");
        summary.CommunityRows.Sum(c => c.AreaKm2).Should().BeApproximately(district, district * 1e-4);
    }

    [Fact]
    public void Compute_MeasuresWalkableRoads_ExcludingClosedMotorway()
    {
        var summary = DistrictSummaryCalculator.Compute(_model);

        double expectedM = 0;
        foreach (var road in _model.Roads.Where(r => r.PedestrianAccess))
        {
            var c = road.Geometry.Coordinates;
            for (var i = 1; i < c.Length; i++)
            {
                expectedM += Geodesy.ShortSegmentM(c[i - 1].X, c[i - 1].Y, c[i].X, c[i].Y);
            }
        }

        summary.WalkableRoadKm.Should().BeApproximately(expectedM / 1000, expectedM / 1000 * 1e-4);
    }

    [Fact]
    public void Compute_GivesPerStreetAndPerCommunityRows()
    {
        var summary = DistrictSummaryCalculator.Compute(_model);

        summary.StreetRows.Select(r => (r.Code, r.Name, r.Communities, r.Buildings, r.ResidentsNight)).Should().Equal(
            ("440105-04", "江南中街道", 2, 2, 180L),
            ("440105-05", "南华西街道", 1, 2, 10L));
        summary.CommunityRows.Select(r => (r.Code, r.Buildings, r.ResidentsNight)).Should().Equal(
            ("440105-04-01", 1, 120L),
            ("440105-04-02", 1, 60L),
            ("440105-05-01", 2, 10L));
    }

    [Fact]
    public void Compute_NamesStorageAndMetricCrs_AndGivesExtent()
    {
        var summary = DistrictSummaryCalculator.Compute(_model);

        summary.StorageCrs.Should().Be("WGS 84 (EPSG:4326)");
        summary.MetricCrs.Should().Be("WGS 84 / UTM zone 49N (EPSG:32649)");
        summary.Extent.Should().Be(new LonLatBox(SampleDistrict.West, SampleDistrict.South, SampleDistrict.East,
            SampleDistrict.North));
    }

    [Fact]
    public void Compute_GivesZerosAndNoExtent_ForDistrictWithOnlyBuildings()
    {
        var empty = _model with
        {
            Boundary = new DistrictBoundary("空", DistrictGeometry.Factory.CreatePolygon()),
            Streets = [],
            Communities = [],
            Roads = [],
            Shelters = [],
            AssemblyPoints = [],
        };

        var summary = DistrictSummaryCalculator.Compute(empty);

        summary.Extent.Should().BeNull();
        summary.AreaKm2.Should().Be(0);
        summary.WalkableRoadKm.Should().Be(0);
        summary.SheltersByCategory.Should().BeEmpty();
        summary.MetricCrs.Should().Be("WGS 84 / UTM zone 49N (EPSG:32649)", "the zone falls back to the buildings' extent");
        JsonSerializer.Serialize(summary).Should().Contain("\"Extent\":null");
    }

    [Fact]
    public void Summary_RoundTripsThroughSystemTextJson()
    {
        var summary = DistrictSummaryCalculator.Compute(_model);

        var json = JsonSerializer.Serialize(summary);
        var back = JsonSerializer.Deserialize<DistrictSummary>(json)!;

        back.PopulationNight.Should().Be(summary.PopulationNight);
        back.MetricCrs.Should().Be(summary.MetricCrs);
        back.Extent.Should().Be(summary.Extent);
        back.StreetRows.Should().Equal(summary.StreetRows);
        back.SheltersByCategory.Should().Equal(summary.SheltersByCategory);
        using var document = JsonDocument.Parse(json);
        document.RootElement.GetProperty("StreetRows").GetArrayLength().Should().Be(2);
    }
}
