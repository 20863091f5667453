using Seismic.Engine.District;
using Seismic.GeoData.Osm;

namespace Seismic.GeoData.Tests.Osm;

public sealed class OsmImporterRoadTests
{
    private static readonly OsmImportResult Result = OsmDistrictImporter.Import(OsmTestFiles.Path("roads.osm"));

    private static Road RoadOf(long wayId) => Result.Model.Roads.Single(r => r.Id == wayId);

    [Fact]
    public void Import_PutsFootwayBridgeAboveRoad_WithLayerTags()
    {
        var bridge = RoadOf(102);
        bridge.Class.Should().Be(RoadClass.Footway);
        bridge.Structure.Should().Be(RoadStructure.Bridge);
        bridge.Layer.Should().Be(2);
        bridge.PedestrianAccess.Should().BeTrue();
        bridge.WidthM.Should().BeApproximately(2.0, 1e-9);

        var below = RoadOf(101);
        below.Class.Should().Be(RoadClass.Secondary);
        below.Structure.Should().Be(RoadStructure.None);
        below.Layer.Should().Be(0);
        below.Name.Should().Be("江南中路");
    }

    [Fact]
    public void Import_PutsBridgeWithoutLayerOnLayerOne()
    {
        RoadOf(103).Structure.Should().Be(RoadStructure.Bridge);
        RoadOf(103).Layer.Should().Be(1);
    }

    [Fact]
    public void Import_PutsTunnelWithoutLayerOnLayerMinusOne()
    {
        RoadOf(104).Structure.Should().Be(RoadStructure.Tunnel);
        RoadOf(104).Layer.Should().Be(-1);
        RoadOf(104).Class.Should().Be(RoadClass.Service);
    }

    [Fact]
    public void Import_TreatsBuildingPassageAsTunnelAtStreetLevel()
    {
        RoadOf(105).Structure.Should().Be(RoadStructure.Tunnel);
        RoadOf(105).Layer.Should().Be(0);
        RoadOf(105).PedestrianAccess.Should().BeTrue();
    }

    [Fact]
    public void Import_KeepsStepsWalkable()
    {
        RoadOf(106).Class.Should().Be(RoadClass.Steps);
        RoadOf(106).PedestrianAccess.Should().BeTrue();
        RoadOf(106).WidthM.Should().BeApproximately(2.0, 1e-9);
    }

    [Fact]
    public void Import_ClosesWayToPedestrians_WhenFootNo()
    {
        RoadOf(107).Class.Should().Be(RoadClass.Residential);
        RoadOf(107).PedestrianAccess.Should().BeFalse();
    }

    [Fact]
    public void Import_ClosesWayToPedestrians_WhenAccessPrivate_UnlessFootYes()
    {
        RoadOf(108).PedestrianAccess.Should().BeFalse();
        RoadOf(109).PedestrianAccess.Should().BeTrue();
    }

    [Fact]
    public void Import_ClosesMotorwayToPedestrians_AndMakesItOneWay()
    {
        var motorway = RoadOf(110);
        motorway.Class.Should().Be(RoadClass.Motorway);
        motorway.PedestrianAccess.Should().BeFalse();
        motorway.OneWay.Should().BeTrue();
        motorway.WidthM.Should().BeApproximately(20.0, 1e-9);
    }

    [Fact]
    public void Import_ClosesTrunkToPedestrians_UnlessFootYes()
    {
        RoadOf(111).Class.Should().Be(RoadClass.Motorway);
        RoadOf(111).PedestrianAccess.Should().BeFalse();
        RoadOf(111).OneWay.Should().BeFalse();
        RoadOf(112).PedestrianAccess.Should().BeTrue();
    }

    [Fact]
    public void Import_ReversesGeometry_WhenOneWayMinusOne()
    {
        var road = RoadOf(113);
        road.OneWay.Should().BeTrue();
        // Drawn from node 10 (23.1030) to node 12 (23.1040); traffic runs 12 → 10, so the geometry starts at node 12.
        road.Geometry.StartPoint.Y.Should().BeApproximately(23.1040, 1e-9);
        road.Geometry.EndPoint.Y.Should().BeApproximately(23.1030, 1e-9);
    }

    [Fact]
    public void Import_KeepsDrawingOrder_WhenOneWayYes()
    {
        var road = RoadOf(115);
        road.OneWay.Should().BeTrue();
        road.Geometry.StartPoint.Y.Should().BeApproximately(23.1040, 1e-9);
    }

    [Fact]
    public void Import_ReadsWidthWithAndWithoutUnits_AndFallsBackOnGarbage()
    {
        RoadOf(101).WidthM.Should().BeApproximately(5.5, 1e-9);
        RoadOf(115).WidthM.Should().BeApproximately(5.0, 1e-9);
        RoadOf(116).WidthM.Should().BeApproximately(3.0, 1e-9);
        RoadOf(116).Class.Should().Be(RoadClass.Cycleway);
        RoadOf(114).WidthM.Should().BeApproximately(10.0, 1e-9, "width=wide is unreadable: the tertiary default applies");
    }

    [Fact]
    public void Import_MapsAlleyAndPedestrianStreet()
    {
        RoadOf(120).Class.Should().Be(RoadClass.Alley);
        RoadOf(120).WidthM.Should().BeApproximately(2.0, 1e-9);
        RoadOf(121).Class.Should().Be(RoadClass.Pedestrian);
        RoadOf(121).Name.Should().Be("青凤步行街");
    }

    [Fact]
    public void Import_SkipsConstruction_AndWaysThatAreNotRoads()
    {
        Result.Model.Roads.Select(r => r.Id).Should().NotContain([117L, 122L, 123L]);
        Result.Report.RoadsSkippedByClass.Should().Be(1);
    }

    [Fact]
    public void Import_DropsWayWithOneResolvableNode_AndKeepsWayWithTwo()
    {
        Result.Model.Roads.Select(r => r.Id).Should().NotContain(118L);
        Result.Report.RoadsDroppedMissingNodes.Should().Be(1);
        RoadOf(119).Geometry.NumPoints.Should().Be(2);
        RoadOf(119).Class.Should().Be(RoadClass.Path);
    }

    [Fact]
    public void Import_CountsRoadsInReport()
    {
        var report = Result.Report;
        report.NodesRead.Should().Be(17);
        report.WaysRead.Should().Be(23);
        report.Roads.Should().Be(19);
        Result.Model.Roads.Should().HaveCount(19);
        // Not walkable: 107 foot=no, 108 access=private, 110 motorway, 111 trunk.
        report.WalkableRoads.Should().Be(15);
        report.Bridges.Should().Be(2);
        report.Tunnels.Should().Be(2);
        report.Steps.Should().Be(1);
    }

    [Fact]
    public void Import_DescribesModelAsOsmWithFileNameAndLicence()
    {
        var info = Result.Model.Info;
        info.Name.Should().Be("roads");
        info.Source.Should().Be("osm");
        info.Provenance.Should().Contain("© OpenStreetMap contributors").And.Contain("ODbL").And.Contain("roads.osm");
        Result.Model.Streets.Should().BeEmpty();
        Result.Model.Communities.Should().BeEmpty();
    }

    [Fact]
    public void Import_MakesBoundaryFromEnvelopeOfImportedFeatures()
    {
        var envelope = Result.Model.Boundary.Geometry.EnvelopeInternal;
        envelope.MinX.Should().BeApproximately(113.3000, 1e-9);
        envelope.MaxX.Should().BeApproximately(113.3020, 1e-9);
        envelope.MinY.Should().BeApproximately(23.0995, 1e-9);
        envelope.MaxY.Should().BeApproximately(23.1060, 1e-9);
        Result.Model.Boundary.Geometry.SRID.Should().Be(DistrictGeometry.Wgs84Srid);
    }

    [Fact]
    public void Import_UsesDistrictNameFromOptions_WhenGiven()
    {
        var result = OsmDistrictImporter.Import(
            OsmTestFiles.Path("roads.osm"), new OsmImportOptions { DistrictName = "青凤社区" });
        result.Model.Info.Name.Should().Be("青凤社区");
        result.Model.Boundary.Name.Should().Be("青凤社区");
    }
}
