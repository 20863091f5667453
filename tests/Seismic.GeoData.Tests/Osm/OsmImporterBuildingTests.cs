using NetTopologySuite.Geometries;
using Seismic.Engine.District;
using Seismic.GeoData.Osm;

namespace Seismic.GeoData.Tests.Osm;

public sealed class OsmImporterBuildingTests
{
    private static readonly OsmImportResult Result = OsmDistrictImporter.Import(OsmTestFiles.Path("buildings.osm"));

    private static Building BuildingOf(string id) => Result.Model.Buildings.Single(b => b.Id == id);

    [Fact]
    public void Import_ReadsClosedBuildingWay_WithLevelsHeightYearAndAddress()
    {
        var building = BuildingOf("osm-w200");
        building.Footprint.Should().BeOfType<Polygon>();
        building.Footprint.IsValid.Should().BeTrue();
        building.Storeys.Should().Be(6);
        building.BasementStoreys.Should().Be(1);
        building.HeightM.Should().BeApproximately(18.5, 1e-9);
        building.YearBuilt.Should().Be(1995);
        building.Use.Should().Be(BuildingUse.Residential);
        building.SourceType.Should().Be("apartments");
        building.Address.Should().Be("江南中街 12");
        building.StructureType.Should().Be(StructureType.Other);
        building.OccupantsDay.Should().Be(0);
        building.OccupantsNight.Should().Be(0);
    }

    [Fact]
    public void Import_AssemblesMultipolygonBuilding_WithHole_FromSplitOuterRing()
    {
        var school = BuildingOf("osm-r300");
        school.Use.Should().Be(BuildingUse.School);
        var polygon = school.Footprint.Should().BeOfType<Polygon>().Subject;
        polygon.NumInteriorRings.Should().Be(1);
        // Outer 0.0010° square minus inner 0.0004° square, in square degrees.
        polygon.Area.Should().BeApproximately((0.0010 * 0.0010) - (0.0004 * 0.0004), 1e-12);
        polygon.Contains(polygon.Factory.CreatePoint(new Coordinate(113.3105, 23.1105))).Should().BeFalse("the courtyard is a hole");
        Result.Report.RelationBuildings.Should().Be(1);
    }

    [Fact]
    public void Import_TakesUseFromAmenityAndShopTags_WhenBuildingIsYes()
    {
        BuildingOf("osm-w204").Use.Should().Be(BuildingUse.Hospital);
        BuildingOf("osm-w211").Use.Should().Be(BuildingUse.Retail);
        BuildingOf("osm-w205").Use.Should().Be(BuildingUse.Other);
        BuildingOf("osm-w205").SourceType.Should().Be("yes");
    }

    [Fact]
    public void Import_FallsBackToBuildingYear_WhenStartDateIsNotAYear()
    {
        BuildingOf("osm-w205").YearBuilt.Should().Be(1988);
    }

    [Fact]
    public void Import_LeavesStoreysUnknown_WhenLevelsIsNotAWholeNumber()
    {
        BuildingOf("osm-w210").Storeys.Should().BeNull();
        BuildingOf("osm-w210").Use.Should().Be(BuildingUse.Retail);
        BuildingOf("osm-w210").BasementStoreys.Should().Be(0);
        BuildingOf("osm-w210").HeightM.Should().BeNull();
    }

    [Fact]
    public void Import_RepairsSelfIntersectingFootprint()
    {
        var bowTie = BuildingOf("osm-w208");
        bowTie.Footprint.IsValid.Should().BeTrue();
        bowTie.Footprint.Area.Should().BePositive();
        Result.Report.BuildingsRepaired.Should().Be(1);
    }

    [Fact]
    public void Import_DropsUnclosedMissingAndDegenerateBuildings_AndCountsThem()
    {
        var ids = Result.Model.Buildings.Select(b => b.Id).ToList();
        ids.Should().NotContain(["osm-w206", "osm-w207", "osm-w209", "osm-w212", "osm-r301"]);
        Result.Report.BuildingsDroppedUnclosed.Should().Be(1);
        Result.Report.BuildingsDroppedMissingNodes.Should().Be(2, "way 209 lacks node 9999, relation 301 lacks way 8888");
        Result.Report.BuildingsDroppedDegenerate.Should().Be(1);
    }

    [Fact]
    public void Import_CountsBuildings()
    {
        // 200, 204, 205, 208, 210, 211 and relation 300.
        Result.Report.Buildings.Should().Be(7);
        Result.Model.Buildings.Should().HaveCount(7);
        Result.Model.Buildings.Should().OnlyContain(b => b.Footprint.SRID == DistrictGeometry.Wgs84Srid);
    }

    [Fact]
    public void Import_ReadsElementsInAnyOrder()
    {
        // The file lists the relations before the nodes and ways they use.
        Result.Report.RelationsRead.Should().Be(2);
        BuildingOf("osm-r300").Footprint.IsEmpty.Should().BeFalse();
    }
}
